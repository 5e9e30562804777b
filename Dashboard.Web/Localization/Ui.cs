using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>
/// The interface's words and formats in the request's language (set by request localisation from the culture
/// cookie): <c>@inject Ui T</c> then <c>@T["Overview"]</c>. Words come from the .resx files, read once into a table per
/// language by <see cref="UiText"/> (not through IStringLocalizer, whose every lookup takes a lock: issue 22); a key
/// without text reads ⟦key⟧. Numbers go through the engine's <see cref="NumberText"/>
/// (fixed format infos, not ICU), so "1.117" and "42,5%" come out the same on every server and in every explanation.
/// </summary>
public sealed class Ui
{
    private static readonly TimeZoneInfo CityTime = FindCityTimeZone();

    private readonly Language? _language;

    /// <summary>The request's language (the UI culture request localisation set).</summary>
    public Ui()
    {
    }

    private Ui(Language language) => _language = language;

    /// <summary>Words in one language whatever the request's, for answers that carry both (the API's vi and en).</summary>
    public static Ui In(Language language) => new(language);

    public Language Language => _language ?? (IsEnglish(CultureInfo.CurrentUICulture) ? Language.En : Language.Vi);

    /// <summary>"vi" or "en", for the html lang attribute.</summary>
    public string LanguageTag => Language == Language.En ? "en" : "vi";

    public string this[string key] => UiText.Get(key, Language);

    public string Format(string key, params object?[] args) => string.Format(NumberFormat, this[key], args);

    public string Text(LocalizedText? text) => text?.In(Language) ?? "";

    public NumberFormatInfo NumberFormat => NumberText.FormatOf(Language);

    /// <summary>1.117 (vi) / 1,117 (en); up to <paramref name="maxDecimals"/> decimals, trailing zeros dropped.</summary>
    public string Number(decimal? value, int maxDecimals = 2) =>
        value is { } number ? NumberText.Format(number, Language, maxDecimals) : "–";

    /// <summary>42,5% (vi) / 42.5% (en): no space before the sign, as the city writes it.</summary>
    public string Percent(decimal? value, int maxDecimals = 1) =>
        value is { } number ? NumberText.Percent(number, Language, maxDecimals) : "–";

    /// <summary>dd/MM/yyyy HH:mm in the city's time zone.</summary>
    public string DateTime(DateTimeOffset? value) =>
        value is { } v ? TimeZoneInfo.ConvertTime(v, CityTime).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "–";

    public string Date(DateOnly? value) => value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>"tháng 7/2025" / "July 2025", "–" for none.</summary>
    public string Period(Scoring.Engine.Model.Period? period) => period is { } p ? Period(p) : "–";

    /// <summary>"tháng 7/2025" / "July 2025".</summary>
    public string Period(Scoring.Engine.Model.Period period) =>
        // vi "tháng {0}/{1}", en "{2} {1}": month number, year, English month name.
        string.Format(CultureInfo.InvariantCulture, this["Period.Month"], period.Month, period.Year, CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(period.Month));

    /// <summary>The colour's word: Xanh / Vàng / Đỏ / Chưa có dữ liệu / Không đủ dữ liệu / Ngoài hiệu lực.</summary>
    public string Rating(RatingColour colour) => this[RatingKey(colour)];

    public string Rating(Rating? rating) => Rating(RatingColours.Of(rating));

    public string UnitType(string type) => this["UnitType." + type];

    /// <summary>Where a value came from, in words for the known sources (demo, upload, manual entry); other sources as named.</summary>
    public string Source(string? source) => source is null ? "–" : UiText.Contains("Source." + source) ? this["Source." + source] : source;

    private static string RatingKey(RatingColour colour) => colour switch
    {
        RatingColour.Green => "Rating.Green",
        RatingColour.Yellow => "Rating.Yellow",
        RatingColour.Red => "Rating.Red",
        RatingColour.InsufficientData => "Rating.Insufficient",
        RatingColour.NotInForce => "Rating.NotInForce",
        RatingColour.NoData => "Rating.NoData",
    };

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static TimeZoneInfo FindCityTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }
}
