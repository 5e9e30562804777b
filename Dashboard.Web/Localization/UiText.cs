using System.Collections;
using System.Globalization;
using System.Resources;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>
/// Every interface string lives in Resources/SharedResource.resx (Vietnamese, the default) and
/// Resources/SharedResource.en.resx (English), keyed in English; spellings follow the shared glossary. Pages read them
/// through <see cref="Ui"/>, which asks <c>IStringLocalizer&lt;SharedResource&gt;</c> in the request's language. This
/// class reads the same compiled resources in a language chosen by code (API answers that carry vi and en) and for the
/// tests (vi/en key parity; a missing key shows as ⟦key⟧ and the route crawl looks for that marker).
/// </summary>
public static class UiText
{
    public const string MissingMarker = "⟦";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The resources <c>IStringLocalizer&lt;SharedResource&gt;</c> reads (ResourcesPath "Resources").</summary>
    internal static ResourceManager Resources { get; } = new("DashboardKpi.Dashboard.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The Vietnamese (neutral) keys; the English file has the same (a test holds them together).</summary>
    public static IEnumerable<string> Keys => KeysIn(Language.Vi);

    public static bool Contains(string key) => Resources.GetString(key, Vietnamese) is not null;

    public static string Get(string key, Language language) =>
        Resources.GetString(key, CultureOf(language)) ?? Missing(key);

    /// <summary>
    /// A text in both languages (API answers carry vi and en), each filled with its own number marks; an argument that
    /// is itself a <see cref="LocalizedText"/> is filled in per language.
    /// </summary>
    public static LocalizedText Both(string key, params object?[] args) => new(Fill(key, Language.Vi, args), Fill(key, Language.En, args));

    /// <summary>What a page shows for a key that has no text: visible to a reader, and to the route crawl test.</summary>
    public static string Missing(string key) => MissingMarker + key + "⟧";

    /// <summary>The keys written in one language's own file, without falling back to the other.</summary>
    public static IReadOnlyList<string> KeysIn(Language language)
    {
        var set = Resources.GetResourceSet(language == Language.Vi ? CultureInfo.InvariantCulture : English, createIfNotExists: true, tryParents: false);
        return set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>One language's own text for a key, or null when its file lacks it (no fallback).</summary>
    public static string? OwnText(string key, Language language) =>
        Resources.GetResourceSet(language == Language.Vi ? CultureInfo.InvariantCulture : English, createIfNotExists: true, tryParents: false)?.GetString(key);

    private static string Fill(string key, Language language, object?[] args) =>
        string.Format(NumberText.FormatOf(language), Get(key, language), [.. args.Select(a => a is LocalizedText text ? text.In(language) : a)]);

    private static CultureInfo CultureOf(Language language) => language == Language.En ? English : Vietnamese;
}
