using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Account;

/// <summary>The user's own account: email address, language, which kinds of message come by email, and the password.</summary>
public sealed class SettingsModel(AccountSettings account, AccountQueries accounts, Ui ui) : PageModel
{
    public AccountQueries.Own Own { get; private set; } = AccountQueries.Own.Nobody;

    public bool EmailEnabled => accounts.Email.Enabled;

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostSettingsAsync(string? email, string? language, string[]? emailKinds, CancellationToken ct)
    {
        if (await account.SaveAsync(User.UserName(), email, language, User.UserName(), ct) is { } error)
        {
            return await RefusedAsync(error, ct);
        }

        await account.SaveEmailKindsAsync(User.UserName(), emailKinds ?? [], ct);
        LanguageCookie.Set(Response, language!);
        Message = ui["Account.Saved"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, string? confirmPassword, CancellationToken ct)
    {
        if (await account.ChangePasswordAsync(User.UserName(), currentPassword, newPassword, confirmPassword, ct) is { } error)
        {
            return await RefusedAsync(error, ct);
        }

        Message = ui["Account.PasswordChanged"];
        return RedirectToPage();
    }

    private async Task<IActionResult> RefusedAsync(string errorKey, CancellationToken ct)
    {
        Error = ui[errorKey];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    /// <summary>False for a caller without an account (an API token has no account page).</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Own = await accounts.FindOwnAsync(User.UserName(), ct) ?? AccountQueries.Own.Nobody;
        return !ReferenceEquals(Own, AccountQueries.Own.Nobody);
    }
}
