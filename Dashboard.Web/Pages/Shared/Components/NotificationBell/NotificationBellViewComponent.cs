using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.NotificationBell;

/// <summary>
/// The bell in the header: the signed-in user's unread count, linking to the list. Kept per user under the data-version
/// stamp, which adding notifications and marking them read move (docs/caching.md): every page shows it.
/// </summary>
public sealed class NotificationBellViewComponent(NotificationRepository notifications, PageCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = UserClaimsPrincipal.UserName();
        return View(await cache.GetOrCreateAsync("bell:" + AppUser.Normalize(user), ct => notifications.CountUnreadAsync(user, ct), HttpContext.RequestAborted));
    }
}
