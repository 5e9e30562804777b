using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>
/// Every interface string lives in Resources/SharedResource.resx (Vietnamese, the default) and
/// Resources/SharedResource.en.resx (English), keyed in English; spellings follow the shared glossary. Pages read them
/// through <see cref="Ui"/> in the request's language, or in a language chosen by code (API answers that carry vi and
/// en); the tests read them here too (vi/en key parity; a missing key shows as ⟦key⟧ and the route crawl looks for that
/// marker). The compiled resources are read once into one table per language: <see cref="ResourceManager"/> takes a
/// lock on its reader for every lookup, and with a few hundred words per page under load the requests queued on that
/// lock (issue 22's profile: 12–27 % of a page's time). The tables fall back as the resources do: a key the English
/// file lacks reads in Vietnamese.
/// </summary>
public static class UiText
{
    public const string MissingMarker = "⟦";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The compiled Resources/SharedResource(.en).resx.</summary>
    internal static ResourceManager Resources { get; } = new("DashboardKpi.Dashboard.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    private static readonly FrozenDictionary<string, string> VietnameseTexts = Table(Language.Vi);
    private static readonly FrozenDictionary<string, string> EnglishTexts = Table(Language.En);

    /// <summary>The Vietnamese (neutral) keys; the English file has the same (a test holds them together).</summary>
    public static IEnumerable<string> Keys => KeysIn(Language.Vi);

    public static bool Contains(string key) => VietnameseTexts.ContainsKey(key);

    public static string Get(string key, Language language) => Find(key, language) ?? Missing(key);

    /// <summary>The text for a key in a language (English falls back to Vietnamese), or null when no file has it.</summary>
    public static string? Find(string key, Language language) =>
        (language == Language.En ? EnglishTexts : VietnameseTexts).GetValueOrDefault(key);

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

    /// <summary>The neutral (Vietnamese) file's texts, for English overwritten by the English file's own.</summary>
    private static FrozenDictionary<string, string> Table(Language language)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var own in language == Language.En ? new[] { CultureInfo.InvariantCulture, English } : [CultureInfo.InvariantCulture])
        {
            var set = Resources.GetResourceSet(own, createIfNotExists: true, tryParents: false);
            foreach (var entry in set?.Cast<DictionaryEntry>() ?? [])
            {
                if (entry.Value is string text)
                {
                    texts[(string)entry.Key] = text;
                }
            }
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Fill(string key, Language language, object?[] args) =>
        string.Format(NumberText.FormatOf(language), Get(key, language), [.. args.Select(a => a is LocalizedText text ? text.In(language) : a)]);
}
