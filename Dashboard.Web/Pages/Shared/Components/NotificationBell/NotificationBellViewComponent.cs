using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Shared.Components.NotificationBell;

/// <summary>The bell in the header: the signed-in user's unread count, linking to the list. Never cached: it is per user.</summary>
public sealed class NotificationBellViewComponent(NotificationRepository notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await notifications.CountUnreadAsync(UserClaimsPrincipal.UserName(), HttpContext.RequestAborted));
}
