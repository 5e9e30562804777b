using DashboardKpi.Dashboard.Web.Setup;
using Microsoft.AspNetCore.Localization;

namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>The culture cookie the language switch also sets: a saved preference takes effect at once, and at every login.</summary>
public static class LanguageCookie
{
    public static void Set(HttpResponse response, string language)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            LocalizationSetup.CookieValue(language == "en" ? LocalizationSetup.English : LocalizationSetup.Vietnamese),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
    }
}
