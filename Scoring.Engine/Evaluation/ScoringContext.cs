using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Everything one commune's scoring shares across its criteria.</summary>
internal sealed class ScoringContext(RuleSet rules, CommuneInput commune, Period period, DateOnly asOf)
{
    public RuleSet Rules { get; } = rules;

    public RuleSetIndex Index { get; } = RuleSetIndex.Of(rules);

    public CommuneInput Commune { get; } = commune;

    public Period Period { get; } = period;

    public DateOnly AsOf { get; } = asOf;

    public ValueIndex Values { get; } = new(RuleSetIndex.Of(rules), commune.Values);

    public bool IsCritical(string criterionCode) => Index.Critical.Contains(criterionCode);
}
