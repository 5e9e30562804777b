using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>Accounts: create, change role (a chair with its commune), disable, reset a password. Every change is audited.</summary>
public sealed class UsersModel(UserAdministration admin, AccountSettings account, AccountQueries accounts, Ui ui) : PageModel
{
    public AccountQueries.Accounts Accounts { get; private set; } = AccountQueries.Accounts.None;

    /// <summary>Email is off while SMTP is not configured; the page says so, and how many messages wait or failed.</summary>
    public EmailOptions Email => accounts.Email;

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await accounts.ListAsync(ct);

    public Task<IActionResult> OnPostSettingsAsync(string userName, string? email, string? language, CancellationToken ct) =>
        RunAsync(account.SaveAsync(userName, email, language, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        RunAsync(admin.CreateAsync(Input, User.UserName(), ct), ui.Format("Users.Created", Input.UserName), ct);

    public Task<IActionResult> OnPostRoleAsync(string userName, string role, string? communeCode, CancellationToken ct) =>
        RunAsync(admin.ChangeRoleAsync(userName, role, communeCode, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostPasswordAsync(string userName, string password, CancellationToken ct) =>
        RunAsync(admin.ResetPasswordAsync(userName, password, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    public Task<IActionResult> OnPostDisableAsync(string userName, bool disabled, CancellationToken ct) =>
        RunAsync(admin.SetDisabledAsync(userName, disabled, User.UserName(), ct), ui.Format("Users.Updated", userName), ct);

    /// <summary>Done: back to the list with the notice. Refused: the list with the reason, under 400.</summary>
    private async Task<IActionResult> RunAsync(Task<string?> action, string success, CancellationToken ct)
    {
        if (await action is not { } errorKey)
        {
            Message = success;
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, ui[errorKey]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync(ct);
        return Page();
    }
}
