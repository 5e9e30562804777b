using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Compares a candidate rule set with the one in force before it is published: both rate the same communes and
/// periods (as of each period's last day, as the rescore does), and the difference is reported per period.
/// Colours only (<see cref="Rater"/>): nothing here needs a sentence. Pure, like <see cref="Scorer"/>.
/// </summary>
public static class WhatIf
{
    /// <summary>Per period, in the order given: the colour counts under both rule sets and the communes whose overall colour changed.</summary>
    public static IReadOnlyList<WhatIfPeriod> Compare(RuleSet current, RuleSet candidate, IReadOnlyList<CommuneInput> communes, IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return [];
        }

        // Each commune's values are laid out once per rule set (once in all when both have the same indicators).
        var before = communes.Select(c => CommuneValues.Of(current, c)).ToList();
        var after = LaidOutFor(candidate, before, communes);
        var seriesFrom = SeriesFrom(periods.Min());
        return [.. periods.Select(period => Compare(RateAll(current, before, period, seriesFrom), candidate, after, period, seriesFrom))];
    }

    /// <summary>
    /// One period, with the ratings under the rules in force already made: they do not depend on the candidate, so a
    /// live what-if that compares draft after draft against the same rules and data makes them once.
    /// </summary>
    /// <param name="before">The communes rated by the rules in force (<see cref="RateAll"/>).</param>
    /// <param name="values">The same communes' values, in the same order, laid out for <paramref name="candidate"/> (<see cref="LaidOutFor"/>).</param>
    /// <param name="seriesFrom">Where a side with a stability rule starts its series (<see cref="SeriesFrom"/>).</param>
    public static WhatIfPeriod Compare(IReadOnlyList<CommuneRating> before, RuleSet candidate, IReadOnlyList<CommuneValues> values, Period period, Period seriesFrom)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(values);
        var after = RateAll(candidate, values, period, seriesFrom);
        var plain = candidate.HasStability ? StableSeries.WithoutStability(candidate) : null;
        var held = plain is null ? null : new List<StabilityHold>();
        var changes = new List<CommuneChange>();
        for (var i = 0; i < after.Length; i++)
        {
            var (old, proposed) = (before[i], after[i]);
            if (old.Overall != proposed.Overall)
            {
                changes.Add(new CommuneChange(old.CommuneCode, old.Overall, proposed.Overall, CriteriaChanged(old, proposed)));
            }

            if (held is not null && Rater.Rate(plain!, values[i], period, period.LastDay).Overall is var unheld && unheld != proposed.Overall)
            {
                held.Add(new StabilityHold(proposed.CommuneCode, unheld, proposed.Overall));
            }
        }

        return new WhatIfPeriod(period, RatingCounts.Of(before.Select(r => r.Overall)), RatingCounts.Of(after.Select(r => r.Overall)), changes) { Held = held };
    }

    /// <summary>
    /// Every commune rated for a period as at its last day, as the rescore rates it. A rule set with a stability rule is
    /// rated as a series from <paramref name="seriesFrom"/>, as if it had been in force since then.
    /// </summary>
    public static CommuneRating[] RateAll(RuleSet rules, IReadOnlyList<CommuneValues> values, Period period, Period seriesFrom)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(values);
        return rules.HasStability
            ? [.. values.Select(v => StableSeries.Rate(rules, v, seriesFrom, period)[^1])]
            : [.. values.Select(v => Rater.Rate(rules, v, period, period.LastDay))];
    }

    /// <summary>Where a stability rule's series starts for a comparison whose first period is <paramref name="first"/>: a warm-up before it.</summary>
    public static Period SeriesFrom(Period first) => first.AddMonths(-StableSeries.WarmUpPeriods);

    /// <summary>
    /// The values laid out for <paramref name="rules"/>: <paramref name="laidOut"/> itself when it was laid out for a rule
    /// set with the same indicators (a draft and the rules in force, usually), else the communes laid out again.
    /// </summary>
    public static IReadOnlyList<CommuneValues> LaidOutFor(RuleSet rules, IReadOnlyList<CommuneValues> laidOut, IReadOnlyList<CommuneInput> communes)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(laidOut);
        ArgumentNullException.ThrowIfNull(communes);
        var layout = RuleSetIndex.Of(rules).Layout;
        return laidOut.All(v => v.Layout == layout) ? laidOut : [.. communes.Select(c => CommuneValues.Of(rules, c))];
    }

    /// <summary>Criteria whose colour differs, in the candidate's order; a criterion only one side has counts as changed from or to no colour.</summary>
    private static List<CriterionChange> CriteriaChanged(CommuneRating before, CommuneRating after)
    {
        var old = new Dictionary<string, Rating?>(before.Criteria.Length, StringComparer.Ordinal);
        foreach (var criterion in before.Criteria)
        {
            old[criterion.Code] = criterion.Rating;
        }

        var changed = new List<CriterionChange>();
        foreach (var criterion in after.Criteria)
        {
            var was = old.GetValueOrDefault(criterion.Code);
            if (was != criterion.Rating)
            {
                changed.Add(new CriterionChange(criterion.Code, was, criterion.Rating));
            }

            old.Remove(criterion.Code);
        }

        changed.AddRange(old.Where(kv => kv.Value is not null).Select(kv => new CriterionChange(kv.Key, kv.Value, null)));
        return changed;
    }
}
