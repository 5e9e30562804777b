using System.Collections;
using System.Globalization;
using System.Resources;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Localization;

/// <summary>
/// The messages Ingest.Jobs writes for people (quarantine reasons, import, report and publish refusals), kept in
/// Resources/IngestText.resx (Vietnamese, the neutral language) and IngestText.en.resx (English), keyed in English.
/// A job writes both languages at once and stores them with the run or row, outside any request, so this reads the
/// resources directly rather than through the web's IStringLocalizer. Arguments are formatted with the invariant
/// culture, as these messages always were; a number a reader needs in their marks comes in as a LocalizedText
/// written by NumberText (an argument that is a LocalizedText is filled in per language).
/// </summary>
public static class IngestText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly ResourceManager Resources = new("DashboardKpi.Ingest.Jobs.Resources.IngestText", typeof(IngestText).Assembly);

    /// <summary>The text in both languages; a key without text reads ⟦key⟧ (tests hold the files complete).</summary>
    public static LocalizedText Both(string key, params object?[] args) => new(Fill(key, Language.Vi, args), Fill(key, Language.En, args));

    public static bool Contains(string key) => OwnText(key, Language.Vi) is not null;

    /// <summary>The keys written in one language's own file, without falling back to the other.</summary>
    public static IReadOnlyList<string> KeysIn(Language language) =>
        Set(language) is { } set ? [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)] : [];

    /// <summary>One language's own text for a key, or null when its file lacks it (no fallback).</summary>
    public static string? OwnText(string key, Language language) => Set(language)?.GetString(key);

    private static string Fill(string key, Language language, object?[] args) =>
        OwnText(key, language) is { } text
            ? string.Format(CultureInfo.InvariantCulture, text, [.. args.Select(a => a is LocalizedText both ? both.In(language) : a)])
            : "⟦" + key + "⟧";

    private static ResourceSet? Set(Language language) =>
        Resources.GetResourceSet(language == Language.Vi ? CultureInfo.InvariantCulture : English, createIfNotExists: true, tryParents: false);
}
