using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Setup;
using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Account;

/// <summary>The user's own account: email address, language, which kinds of message come by email, and the password.</summary>
public sealed class SettingsModel(AccountSettings account, UserRepository users, AccountSettingRepository settings, NotificationOptions options, Ui ui) : PageModel
{
    public string? Email { get; private set; }

    public string Language { get; private set; } = "vi";

    public IReadOnlyList<string> OptedOut { get; private set; } = [];

    public bool EmailEnabled => options.Email.Enabled;

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
        SetLanguageCookie(Response, language!);
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

    /// <summary>The culture cookie the language switch also sets: a saved preference takes effect at once, and at every login.</summary>
    public static void SetLanguageCookie(HttpResponse response, string language)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            LocalizationSetup.CookieValue(language == "en" ? LocalizationSetup.English : LocalizationSetup.Vietnamese),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
    }

    private async Task<IActionResult> RefusedAsync(string errorKey, CancellationToken ct)
    {
        Error = ui[errorKey];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var user = await users.FindByUserNameAsync(User.UserName(), ct);
        if (user is null)
        {
            return false; // an API token has no account page
        }

        var setting = await settings.FindAsync(user.Id, ct);
        Email = setting?.Email;
        Language = setting?.Language ?? "vi";
        OptedOut = await settings.ListOptOutsAsync(user.Id, ct);
        return true;
    }
}
