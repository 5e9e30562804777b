using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Account;

public sealed class LoginModel(LoginService login, UserRepository users, AccountSettingRepository settings, Ui ui) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = ui["Login.Required"];
            return Page();
        }

        var result = await login.SignInAsync(UserName, Password, ct);
        if (result.Principal is null)
        {
            Error = result.Failure switch
            {
                LoginFailure.LockedOut => ui.Format("Login.LockedOut", ui.DateTime(result.LockedUntil)),
                LoginFailure.Disabled => ui["Login.Disabled"],
                _ => ui["Login.Failed"],
            };
            Password = "";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, result.Principal);

        // The language starts from the account's preference; the switch in the header still changes it for the session.
        if (await users.FindByUserNameAsync(UserName, ct) is { } user && await settings.FindAsync(user.Id, ct) is { } setting)
        {
            LanguageCookie.Set(Response, setting.Language);
        }

        return LocalRedirect(SafeReturnUrl);
    }

    private string SafeReturnUrl => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/";
}
