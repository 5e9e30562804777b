using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Rates communes against a rule set: colours per criterion and overall, with the facts behind them, and no
/// sentences. Pure and deterministic, like <see cref="Scorer"/>, which explains what this rates.
/// </summary>
public static class Rater
{
    /// <summary>Rates one commune for one period.</summary>
    /// <param name="earlier">The unit's earlier colours, for stability rules (<see cref="StabilityRule"/>); ignored without them.</param>
    public static CommuneRating Rate(RuleSet rules, CommuneInput commune, Period period, DateOnly asOf, EarlierColours? earlier = null) =>
        Rate(rules, CommuneValues.Of(rules, commune), period, asOf, earlier);

    /// <summary>Rates one commune's laid-out values for one period.</summary>
    /// <exception cref="ArgumentException">The values were laid out for a rule set with other indicators.</exception>
    /// <param name="earlier">The unit's earlier colours, for stability rules (<see cref="StabilityRule"/>); ignored without them.</param>
    public static CommuneRating Rate(RuleSet rules, CommuneValues values, Period period, DateOnly asOf, EarlierColours? earlier = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(values);
        var index = RuleSetIndex.Of(rules);
        if (!ReferenceEquals(values.Layout, index.Layout))
        {
            throw new ArgumentException("The values were laid out for a rule set with other indicators.", nameof(values));
        }

        var criteria = new CriterionRating[index.Criteria.Length];
        var counts = default(CriticalShareCounts);
        var measured = 0;
        for (var i = 0; i < criteria.Length; i++)
        {
            var compiled = index.Criteria[i];
            var result = CriterionRater.Rate(compiled, values, period, asOf);
            if (compiled.Criterion.Stability is not null)
            {
                result = StabilityRater.Apply(compiled, result, period, earlier ?? EarlierColours.None);
            }

            criteria[i] = result;
            if (result.Outcome == Outcome.Rated)
            {
                counts.Add(result.Rating!.Value, compiled.IsCritical);
                measured += result.Value is null ? 0 : 1;
            }
            else if (result.Outcome != Outcome.NotInForce)
            {
                // Not in force: left out entirely, so a retired (or not yet started) critical criterion does not block green.
                counts.AddUnrated(compiled.IsCritical);
            }
        }

        // A commune that reported nothing for the period (and has nothing to carry forward) is not rated at all, even if
        // some criteria rate a missing value red: "not reported" is a reason for a criterion, not a verdict on a commune.
        var (overall, points, verdict) = counts.Rated == 0 || measured == 0
            ? (null, null, Verdict.NotRated)
            : rules.Aggregation switch
            {
                CriticalShareAggregation rule => CriticalShareRating.Decide(rule, counts),
                PointsAggregation rule => PointsRating.Decide(rule, criteria),
                _ => throw new InvalidOperationException("Unknown aggregation."),
            };
        if (!rules.HasStability)
        {
            return new CommuneRating(rules, values, period, asOf, criteria, overall, points, verdict, counts);
        }

        // The overall colour is decided on the criteria's published colours; the overall's own rule (if any) then holds it.
        var stability = rules.Aggregation.Stability is { } overallRule ? StabilityRater.ApplyOverall(overallRule, overall, period, earlier ?? EarlierColours.None) : null;
        return new CommuneRating(rules, values, period, asOf, criteria, stability?.Published ?? overall, points, verdict, counts)
        {
            RawOverall = overall,
            OverallStability = stability,
            Earlier = earlier ?? EarlierColours.None,
        };
    }

    /// <summary>Below this many communes a batch is rated on one thread: splitting it would cost more than it saves.</summary>
    private const int ParallelFrom = 64;

    /// <summary>
    /// Rates many communes for one period, in the order given, on every core for a large batch: each rating is pure
    /// and reads only shared immutable state, so the result is the same as one by one.
    /// </summary>
    public static CommuneRating[] RateAll(RuleSet rules, IReadOnlyList<CommuneValues> communes, Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(communes);
        var ratings = new CommuneRating[communes.Count];
        if (ratings.Length < ParallelFrom || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < ratings.Length; i++)
            {
                ratings[i] = Rate(rules, communes[i], period, asOf);
            }

            return ratings;
        }

        Parallel.For(0, ratings.Length, i => ratings[i] = Rate(rules, communes[i], period, asOf));
        return ratings;
    }
}
