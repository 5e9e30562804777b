using System.Globalization;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>One changed item of a reading-rule file: its place (indicator and field), the phrases added and removed, or the value before and after.</summary>
public sealed record ReadingRulesChange(string Indicator, string Field, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, string? Before, string? After);

/// <summary>
/// What changed between two reading-rule versions: indicators added and removed, and per indicator kept (or for the
/// file-wide target words and negations) the phrases added or removed and the settings changed. Phrases are compared
/// as written, so a phrase re-spelt shows as one removed and one added.
/// </summary>
public sealed record ReadingRulesDiff(
    IReadOnlyList<IndicatorReading> AddedIndicators, IReadOnlyList<IndicatorReading> RemovedIndicators, IReadOnlyList<ReadingRulesChange> Changes)
{
    /// <summary>The indicator name used for the file-wide lists (target words, negations).</summary>
    public const string FileWide = "*";

    public bool IsEmpty => AddedIndicators.Count == 0 && RemovedIndicators.Count == 0 && Changes.Count == 0;

    public int ChangedIndicatorCount => Changes.Where(c => c.Indicator != FileWide).Select(c => c.Indicator).Distinct(StringComparer.Ordinal).Count();

    public static ReadingRulesDiff Compare(ReadingRules from, ReadingRules to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = from.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var after = to.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var changes = new List<ReadingRulesChange>();
        Phrases(changes, FileWide, "targetMarkers", from.TargetMarkers, to.TargetMarkers);
        Phrases(changes, FileWide, "negations", from.Negations, to.Negations);
        foreach (var indicator in to.Indicators.Where(i => before.ContainsKey(i.Code)))
        {
            Compare(changes, before[indicator.Code], indicator);
        }

        return new ReadingRulesDiff(
            to.Indicators.Where(i => !before.ContainsKey(i.Code)).ToList(),
            from.Indicators.Where(i => !after.ContainsKey(i.Code)).ToList(),
            changes);
    }

    /// <summary>A one-line account of how an indicator is read, for added and removed ones.</summary>
    public static string Describe(IndicatorReading indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var parts = new List<string> { Name(indicator.Shape), string.Join(",", indicator.Tasks) };
        parts.AddRange(indicator.Patterns.Select(p => $"[{string.Join(" | ", p.Lead)}] … [{string.Join(" | ", p.Unit)}]"));
        if (indicator.All.Count + indicator.Any.Count > 0)
        {
            parts.Add($"all: {string.Join(" | ", indicator.All)}; any: {string.Join(" | ", indicator.Any)}");
        }

        return string.Join(" · ", parts);
    }

    private static void Compare(List<ReadingRulesChange> changes, IndicatorReading from, IndicatorReading to)
    {
        var code = to.Code;
        Setting(changes, code, "tasks", string.Join(",", from.Tasks), string.Join(",", to.Tasks));
        Setting(changes, code, "shape", Name(from.Shape), Name(to.Shape));
        Setting(changes, code, "allowPercent", Flag(from.AllowPercent), Flag(to.AllowPercent));
        Setting(changes, code, "fromStatus", Flag(from.FromStatus), Flag(to.FromStatus));
        Phrases(changes, code, "all", from.All, to.All);
        Phrases(changes, code, "any", from.Any, to.Any);
        for (var i = 0; i < Math.Max(from.Patterns.Count, to.Patterns.Count); i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"patterns[{i}]");
            var old = i < from.Patterns.Count ? from.Patterns[i] : null;
            var now = i < to.Patterns.Count ? to.Patterns[i] : null;
            Phrases(changes, code, at + ".lead", old?.Lead ?? [], now?.Lead ?? []);
            Phrases(changes, code, at + ".unit", old?.Unit ?? [], now?.Unit ?? []);
            Setting(changes, code, at + ".maxGap", old?.MaxGap.ToString(CultureInfo.InvariantCulture), now?.MaxGap.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Phrases(List<ReadingRulesChange> changes, string indicator, string field, IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        var added = to.Except(from, StringComparer.Ordinal).ToList();
        var removed = from.Except(to, StringComparer.Ordinal).ToList();
        if (added.Count + removed.Count > 0)
        {
            changes.Add(new ReadingRulesChange(indicator, field, added, removed, null, null));
        }
    }

    private static void Setting(List<ReadingRulesChange> changes, string indicator, string field, string? from, string? to)
    {
        if (!string.Equals(from, to, StringComparison.Ordinal))
        {
            changes.Add(new ReadingRulesChange(indicator, field, [], [], from, to));
        }
    }

    private static string Name(ValueShape shape) => shape switch
    {
        ValueShape.Ratio => "ratio",
        ValueShape.Count => "count",
        ValueShape.Percentage => "percentage",
        ValueShape.YesNo => "yesNo",
        ValueShape.Task => "task",
    };

    private static string Flag(bool value) => value ? "true" : "false";
}
