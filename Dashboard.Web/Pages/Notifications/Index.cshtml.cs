using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Notifications;

/// <summary>The user's notifications, newest first; opening one marks it read, and all can be marked read at once.</summary>
public sealed class IndexModel(UserRepository users, NotificationRepository notifications, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<UserNotification> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await UserIdAsync(ct) is not { } id)
        {
            return Forbid();
        }

        Items = await notifications.ListAsync(id, Shown, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        if (await UserIdAsync(ct) is not { } id)
        {
            return Forbid();
        }

        await notifications.MarkReadAsync(id, null, clock.GetUtcNow(), ct);
        return RedirectToPage();
    }

    /// <summary>Marks one read and goes to its page; only the user's own notification, and only a link inside the site.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long notification, CancellationToken ct)
    {
        if (await UserIdAsync(ct) is not { } id)
        {
            return Forbid();
        }

        var item = (await notifications.ListAsync(id, int.MaxValue, ct)).FirstOrDefault(n => n.Id == notification);
        if (item is null)
        {
            return NotFound();
        }

        await notifications.MarkReadAsync(id, item.Id, clock.GetUtcNow(), ct);
        return LocalRedirect(Url.IsLocalUrl(item.Link) ? item.Link : "/Notifications");
    }

    private async Task<long?> UserIdAsync(CancellationToken ct) => (await users.FindByUserNameAsync(User.UserName(), ct))?.Id;
}
