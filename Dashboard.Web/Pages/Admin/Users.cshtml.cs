using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>Accounts: create, change role (a chair with its commune), disable, reset a password. Every change is audited.</summary>
public sealed class UsersModel(
    UserAdministration admin, AccountSettings account, UserRepository users, AccountSettingRepository settings, NotificationRepository notifications, NotificationOptions options, Ui ui)
    : PageModel
{
    public static readonly string[] Roles = [UserRoles.Admin, UserRoles.Analyst, UserRoles.Committee, UserRoles.Chair, UserRoles.Steward];

    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyDictionary<long, AccountSetting> Settings { get; private set; } = new Dictionary<long, AccountSetting>();

    /// <summary>Email is off while SMTP is not configured; the page says so, and how many messages wait or failed.</summary>
    public EmailOptions Email => options.Email;

    public (int Waiting, int Failed) Outbox { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostSettingsAsync(string userName, string? email, string? language, CancellationToken ct) =>
        RunAsync(account.SaveAsync(userName, email, language, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await users.ListAsync(ct);
        Settings = (await settings.ListAsync(ct)).ToDictionary(s => s.UserId);
        Outbox = await notifications.CountOutboxAsync(options.MaxAttempts, ct);
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        RunAsync(admin.CreateAsync(Input, User.UserName(), ct), ui.Format("Users.Created", Input.UserName), ct);

    public Task<IActionResult> OnPostRoleAsync(string userName, string role, string? communeCode, CancellationToken ct) =>
        RunAsync(admin.ChangeRoleAsync(userName, role, communeCode, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostPasswordAsync(string userName, string password, CancellationToken ct) =>
        RunAsync(admin.ResetPasswordAsync(userName, password, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostDisableAsync(string userName, bool disabled, CancellationToken ct) =>
        RunAsync(admin.SetDisabledAsync(userName, disabled, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    private async Task<IActionResult> RunAsync(Task<string?> action, string success, CancellationToken ct)
    {
        var errorKey = await action;
        if (errorKey is null)
        {
            Message = success;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, ui[errorKey]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    public sealed class NewUserInput
    {
        public string UserName { get; set; } = "";
        public string? DisplayName { get; set; }
        public string Role { get; set; } = UserRoles.Committee;
        public string? CommuneCode { get; set; }
        public string Password { get; set; } = "";
    }
}
