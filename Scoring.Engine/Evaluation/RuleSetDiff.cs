using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One difference between two rule sets: where (a criterion code, an indicator code, "aggregation", "texts"…), which field, before and after.</summary>
public sealed record RuleChange(string Scope, string Field, string? Before, string? After);

/// <summary>
/// Compares two rule sets the way an analyst reads them: criterion by criterion (thresholds, overrides, weights,
/// texts), the critical list and the aggregation, not as lines of JSON.
/// </summary>
public static class RuleSetDiff
{
    public static IReadOnlyList<RuleChange> Compare(RuleSet before, RuleSet after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<RuleChange>();
        void Add(string scope, string field, object? a, object? b)
        {
            var (x, y) = (Show(a), Show(b));
            if (x != y)
            {
                changes.Add(new RuleChange(scope, field, x, y));
            }
        }

        Add("ruleSet", "version", before.Version, after.Version);
        Add("ruleSet", "effectiveFrom", before.EffectiveFrom, after.EffectiveFrom);
        Add("ruleSet", "boundary", before.Boundary, after.Boundary);
        CompareAggregation(before.Aggregation, after.Aggregation, Add);
        CompareKeyed(before.Indicators, after.Indicators, i => i.Code, changes, (a, b) =>
        {
            Add(a.Code, "kind", a.Kind, b.Kind);
            Add(a.Code, "name", a.Name, b.Name);
            Add(a.Code, "unit", a.Unit, b.Unit);
            Add(a.Code, "saneMax", a.SaneMax, b.SaneMax);
            Add(a.Code, "share", a.Share is { } x ? x.Part + " / " + x.Whole : null, b.Share is { } y ? y.Part + " / " + y.Whole : null);
            Add(a.Code, "accumulate", a.Accumulate is { } p ? p.Of + " " + p.Over : null, b.Accumulate is { } q ? q.Of + " " + q.Over : null);
            Add(a.Code, "perCapita", a.PerCapita is { } m ? $"{m.Of} / {m.Per}" : null, b.PerCapita is { } n ? $"{n.Of} / {n.Per}" : null);
        });
        CompareKeyed(before.Criteria, after.Criteria, c => c.Code, changes, (a, b) =>
        {
            Add(a.Code, "name", a.Name, b.Name);
            Add(a.Code, "legalReference", a.LegalReference, b.LegalReference);
            Add(a.Code, "indicator", a.Indicator.Code, b.Indicator.Code);
            Add(a.Code, "effectiveFrom", a.EffectiveFrom, b.EffectiveFrom);
            Add(a.Code, "effectiveTo", a.EffectiveTo, b.EffectiveTo);
            Add(a.Code, "contextIndicators", string.Join(", ", a.ContextIndicators.Select(i => i.Code)), string.Join(", ", b.ContextIndicators.Select(i => i.Code)));
            CompareThreshold(a.Code, "threshold", a.Threshold, b.Threshold, Add);
            Add(a.Code, "overrides", a.Overrides.Count, b.Overrides.Count);
            foreach (var (x, y, i) in a.Overrides.Zip(b.Overrides).Select((p, i) => (p.First, p.Second, i)))
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"overrides[{i}]");
                Add(a.Code, field + ".scope", Scope(x), Scope(y));
                CompareThreshold(a.Code, field, x.Threshold, y.Threshold, Add);
                Add(a.Code, field + ".reason", x.Reason, y.Reason);
            }

            Add(a.Code, "minDenominator", a.MinDenominator, b.MinDenominator);
            Add(a.Code, "missing", Missing(a.Missing), Missing(b.Missing));
            Add(a.Code, "points", a.Points, b.Points);
            Add(a.Code, "action", a.Action, b.Action);
        });
        foreach (var property in typeof(RuleSetTexts).GetProperties())
        {
            Add("texts", property.Name, property.GetValue(before.Texts), property.GetValue(after.Texts));
        }

        return changes;
    }

    // The strategy and periods as before, so a diff of two files without withinYear reads as it always did.
    private static string Missing(MissingValuePolicy m) => $"{m.Strategy} {m.Periods}" + (m.WithinYear ? " withinYear" : "");

    private static void CompareAggregation(Aggregation a, Aggregation b, Action<string, string, object?, object?> add)
    {
        add("aggregation", "basis", a.Basis, b.Basis);
        add("aggregation", "reference", Reference(a.Reference), Reference(b.Reference));
        add("aggregation", "rationale", a.Rationale, b.Rationale);
        switch (a, b)
        {
            case (CriticalShareAggregation x, CriticalShareAggregation y):
                add("aggregation", "critical", string.Join(", ", x.Critical), string.Join(", ", y.Critical));
                add("aggregation", "redCriteriaForRed", x.RedCriteriaForRed, y.RedCriteriaForRed);
                add("aggregation", "greenSharePercent", x.GreenSharePercent, y.GreenSharePercent);
                add("aggregation", "unratedAllowance", x.UnratedAllowance, y.UnratedAllowance);
                add("aggregation", "criticalRationale", x.CriticalRationale, y.CriticalRationale);
                break;
            case (PointsAggregation x, PointsAggregation y):
                add("aggregation", "totalPoints", x.TotalPoints, y.TotalPoints);
                add("aggregation", "greenBand", x.GreenBand, y.GreenBand);
                add("aggregation", "yellowBand", x.YellowBand, y.YellowBand);
                break;
            default:
                add("aggregation", "method", a.GetType().Name, b.GetType().Name);
                break;
        }
    }

    private static void CompareThreshold(string code, string field, Threshold a, Threshold b, Action<string, string, object?, object?> add)
    {
        add(code, field + ".direction", a.Direction, b.Direction);
        add(code, field + ".green", a.Green, b.Green);
        add(code, field + ".yellow", a.Yellow, b.Yellow);
        add(code, field + ".deadline", a.Deadline, b.Deadline);
        add(code, field + ".basis", a.Basis, b.Basis);
        add(code, field + ".source", a.Source, b.Source);
        add(code, field + ".reference", Reference(a.Reference), Reference(b.Reference));
        add(code, field + ".rationale", a.Rationale, b.Rationale);
    }

    private static string? Reference(SourceReference? reference) => reference is null
        ? null
        : string.Join(", ", new[] { reference.Document, reference.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), reference.Clause }.OfType<string>());

    private static void CompareKeyed<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, List<RuleChange> changes, Action<T, T> compare)
    {
        var afterByKey = after.ToDictionary(key, StringComparer.Ordinal);
        var beforeKeys = before.Select(key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in before)
        {
            if (afterByKey.TryGetValue(key(item), out var match))
            {
                compare(item, match);
            }
            else
            {
                changes.Add(new RuleChange(key(item), "removed", key(item), null));
            }
        }

        changes.AddRange(after.Where(item => !beforeKeys.Contains(key(item))).Select(item => new RuleChange(key(item), "added", null, key(item))));
    }

    private static string Scope(ThresholdOverride o) =>
        $"{(o.UnitTypes.Count == 0 ? "all" : string.Join("+", o.UnitTypes))} {o.FromPeriod?.ToString() ?? "…"}–{o.ToPeriod?.ToString() ?? "…"}";

    private static string? Show(object? value) => value switch
    {
        null => null,
        LocalizedText text => text.Vi + " / " + text.En,
        LegalReference reference => reference.Plan + (reference.Supporting is null ? "" : " · " + reference.Supporting),
        CriterionPoints points => string.Create(CultureInfo.InvariantCulture, $"{points.MaxPoints} @ {points.FullScoreAt}"),
        decimal number => number.ToString("0.############", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
