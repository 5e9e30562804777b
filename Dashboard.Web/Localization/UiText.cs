using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>
/// Every interface string, Vietnamese first, keyed in English. A typed dictionary rather than .resx: one file that a
/// reviewer reads side by side, and a test that every key used by a page exists (a missing key shows as ⟦key⟧).
/// Spellings follow the shared glossary.
/// </summary>
public static partial class UiText
{
    public const string MissingMarker = "⟦";

    private static readonly Dictionary<string, (string Vi, string En)> Entries = Build();

    public static IEnumerable<string> Keys => Entries.Keys;

    public static bool Contains(string key) => Entries.ContainsKey(key);

    public static string Get(string key, Language language) =>
        Entries.TryGetValue(key, out var entry) ? (language == Language.En ? entry.En : entry.Vi) : MissingMarker + key + "⟧";

    /// <summary>Merges the per-area tables (UiText.*.cs); a key defined twice stops the start-up.</summary>
    private static Dictionary<string, (string Vi, string En)> Build()
    {
        var all = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal);
        foreach (var table in new[] { Shell(), Pages(), DataPages(), RulePages(), RescorePages(), MethodologyPage(), AdoptionPages() })
        {
            foreach (var (key, value) in table)
            {
                all.Add(key, value);
            }
        }

        return all;
    }
}
