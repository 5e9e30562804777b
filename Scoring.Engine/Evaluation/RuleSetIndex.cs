using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// What rating looks up again and again for one rule set, built once per rule set instance: indicators by code,
/// where each criterion's values sit in a <see cref="CommuneValues"/> grid, which criteria are critical, and each
/// threshold's explanation texts (they depend on the rules only, not on the commune). Held beside the rule set
/// rather than in it, so the model stays a plain immutable record.
/// </summary>
internal sealed class RuleSetIndex
{
    private static readonly ConditionalWeakTable<RuleSet, RuleSetIndex> _indexes = [];

    private readonly ConcurrentDictionary<object, AppliedThreshold> _explained = new(ReferenceEqualityComparer.Instance);

    private RuleSetIndex(RuleSet rules)
    {
        Indicators = rules.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var critical = rules.Aggregation is CriticalShareAggregation aggregation ? aggregation.Critical.ToHashSet(StringComparer.Ordinal) : [];
        Layout = IndicatorLayout.Of(rules.Indicators);
        Criteria = [.. rules.Criteria.Select(c => new CompiledCriterion(c, Layout, critical.Contains(c.Code), rules.Boundary))];
    }

    public IReadOnlyDictionary<string, Indicator> Indicators { get; }

    public IndicatorLayout Layout { get; }

    /// <summary>The criteria in rule-file order, with their slots resolved.</summary>
    public CompiledCriterion[] Criteria { get; }

    public static RuleSetIndex Of(RuleSet rules) => _indexes.GetValue(rules, r => new RuleSetIndex(r));

    /// <summary>The explanation of the threshold a criterion applies (its own, or the override's), made once.</summary>
    public AppliedThreshold Explained(Criterion criterion, ThresholdOverride? applied, Func<AppliedThreshold> explain) =>
        _explained.GetOrAdd(applied ?? (object)criterion, _ => explain());
}
