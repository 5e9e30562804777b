using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class LocalizationSetup
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-GB";

    /// <summary>
    /// Vietnamese by default; English when the culture cookie says so (the switch in the header sets it). The words are
    /// in Resources/SharedResource(.en).resx, read by <see cref="Ui"/> in the request's UI culture.
    /// </summary>
    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<Ui>();

        // Vietnamese letters as themselves in the HTML, not as &#x1EAD; entities (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new(Vietnamese), new(English)];
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static string CookieValue(string culture) => CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
}
