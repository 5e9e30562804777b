using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.NotificationBell;

/// <summary>The bell in the header: the signed-in user's unread count, linking to the list. Never cached: it is per user.</summary>
public sealed class NotificationBellViewComponent(UserRepository users, NotificationRepository notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = await users.FindByUserNameAsync(UserClaimsPrincipal.UserName(), HttpContext.RequestAborted);
        var unread = user is null ? 0 : await notifications.CountUnreadAsync(user.Id, HttpContext.RequestAborted);
        return View(unread);
    }
}
