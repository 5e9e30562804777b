using DashboardKpi.Dashboard.Web.Setup;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Account;

/// <summary>The language switch: sets the culture cookie for a year and goes back where the user was.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = culture == "en" ? LocalizationSetup.English : LocalizationSetup.Vietnamese;
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, LocalizationSetup.CookieValue(chosen), new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        return LocalRedirect(returnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");
    }
}
