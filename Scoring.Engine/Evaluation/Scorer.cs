using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Rates communes against a rule set and explains every colour. Pure and deterministic: the period and the as-of
/// date come in, no clock is read, and the same input gives the same output. The colours come from
/// <see cref="Rater"/>; this adds the sentences, so a colour never depends on how it is explained.
/// </summary>
public static class Scorer
{
    /// <summary>Rates and explains one commune for one period.</summary>
    /// <param name="rules">A validated rule set.</param>
    /// <param name="commune">The commune's type and values, including earlier periods for carry-forward.</param>
    /// <param name="period">The reporting period rated.</param>
    /// <param name="asOf">The date tasks are judged at (done, in time, or overdue).</param>
    /// <param name="earlier">The unit's earlier colours, for stability rules; ignored when the rule set has none.</param>
    public static CommuneScore Score(RuleSet rules, CommuneInput commune, Period period, DateOnly asOf, EarlierColours? earlier = null) =>
        Explain(Rater.Rate(rules, commune, period, asOf, earlier));

    /// <summary>Rates and explains many communes for one period, in the order given.</summary>
    public static IReadOnlyList<CommuneScore> ScoreAll(RuleSet rules, IEnumerable<CommuneInput> communes, Period period, DateOnly asOf) =>
        communes.Select(commune => Score(rules, commune, period, asOf)).ToList();

    /// <summary>Puts a rating into words: every criterion's sentence and gaps, the overall reason and the path to green.</summary>
    public static CommuneScore Explain(CommuneRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var rules = rating.Rules;
        var index = RuleSetIndex.Of(rules);
        var compiled = index.Criteria;
        var ratings = rating.Criteria;
        var results = new List<CriterionResult>(ratings.Length);
        for (var i = 0; i < ratings.Length; i++)
        {
            results.Add(CriterionExplainer.Explain(rating, index, compiled[i], ratings[i]));
        }

        var reason = rating.Verdict == Verdict.NotRated
            ? Text.Template.Fill(rules.Texts.OverallNoData, new Dictionary<string, LocalizedText> { ["period"] = Text.Words.PeriodName(rating.Period) })
            : rules.Aggregation switch
            {
                CriticalShareAggregation rule => CriticalShareRating.Explain(rule, rating, rules.Texts),
                PointsAggregation rule => PointsRating.Explain(rule, rating, rules.Texts),
                _ => throw new InvalidOperationException("Unknown aggregation."),
            };
        if (rating.OverallStability is { } held && Text.StabilityWords.Overall(rules.Aggregation.Stability!, held) is { } said)
        {
            reason = new LocalizedText(reason.Vi + " " + said.Vi, reason.En + " " + said.En);
        }

        var path = PathToGreen.Find(rules, results, rating.Overall);
        return new CommuneScore(rating.CommuneCode, rating.Period, rating.AsOf, rating.Overall, rating.Verdict, rating.Score, reason, results, path, rules.Id, rules.Version, rules.Sha256,
            index.Layout.PerCapitas.Length == 0 ? null : rating.Values.Population,
            rating.Earlier is { } earlier ? new ScoreStability(rating.RawOverall, rating.OverallStability, earlier) : null);
    }
}
