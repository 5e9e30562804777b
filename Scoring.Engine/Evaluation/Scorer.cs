using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Rates communes against a rule set. Pure and deterministic: the period and the as-of date come in, no
/// clock is read, and the same input gives the same output.
/// </summary>
public static class Scorer
{
    /// <summary>Rates one commune for one period.</summary>
    /// <param name="rules">A validated rule set.</param>
    /// <param name="commune">The commune's type and values, including earlier periods for carry-forward.</param>
    /// <param name="period">The reporting period rated.</param>
    /// <param name="asOf">The date tasks are judged at (done, in time, or overdue).</param>
    public static CommuneScore Score(RuleSet rules, CommuneInput commune, Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(commune);

        var context = new ScoringContext(rules, commune, period, asOf);
        var results = rules.Criteria.Select(criterion => CriterionScorer.Score(context, criterion)).ToList();
        var (overall, score, reason) = rules.Aggregation switch
        {
            CriticalShareAggregation rule => CriticalShareRating.Rate(rule, results, rules.Texts, period),
            PointsAggregation rule => PointsRating.Rate(rule, results, rules.Texts, period),
            _ => throw new InvalidOperationException("Unknown aggregation."),
        };
        var path = PathToGreen.Find(rules, results, overall);
        return new CommuneScore(commune.CommuneCode, period, asOf, overall, score, reason, results, path, rules.Id, rules.Version, rules.Sha256);
    }

    /// <summary>Rates many communes for one period, in the order given.</summary>
    public static IReadOnlyList<CommuneScore> ScoreAll(RuleSet rules, IEnumerable<CommuneInput> communes, Period period, DateOnly asOf) =>
        communes.Select(commune => Score(rules, commune, period, asOf)).ToList();
}
