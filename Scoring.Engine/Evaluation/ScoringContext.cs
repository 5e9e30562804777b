using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Everything explaining one commune's rating shares across its criteria.</summary>
internal sealed class ScoringContext(CommuneRating rating)
{
    public RuleSet Rules { get; } = rating.Rules;

    public RuleSetIndex Index { get; } = RuleSetIndex.Of(rating.Rules);

    public CommuneValues Values { get; } = rating.Values;

    public Period Period { get; } = rating.Period;

    public DateOnly AsOf { get; } = rating.AsOf;
}
