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

        // Each commune's values are laid out once per rule set (once in all when both have the same indicators).
        var before = communes.Select(c => CommuneValues.Of(current, c)).ToList();
        var after = RuleSetIndex.Of(current).Layout == RuleSetIndex.Of(candidate).Layout
            ? before
            : communes.Select(c => CommuneValues.Of(candidate, c)).ToList();
        // A side with a stability rule is rated as a series from a warm-up before the first period, as if in force then.
        var oldSeries = Series(current, before, periods);
        var newSeries = Series(candidate, after, periods);
        var plain = candidate.HasStability ? StableSeries.WithoutStability(candidate) : null;
        var result = new List<WhatIfPeriod>(periods.Count);
        foreach (var period in periods)
        {
            var oldColours = new Rating?[communes.Count];
            var newColours = new Rating?[communes.Count];
            var changes = new List<CommuneChange>();
            var held = plain is null ? null : new List<StabilityHold>();
            for (var i = 0; i < communes.Count; i++)
            {
                var old = oldSeries?[i][period] ?? Rater.Rate(current, before[i], period, period.LastDay);
                var proposed = newSeries?[i][period] ?? Rater.Rate(candidate, after[i], period, period.LastDay);
                (oldColours[i], newColours[i]) = (old.Overall, proposed.Overall);
                if (old.Overall != proposed.Overall)
                {
                    changes.Add(new CommuneChange(old.CommuneCode, old.Overall, proposed.Overall, CriteriaChanged(old, proposed)));
                }

                if (held is not null && Rater.Rate(plain!, after[i], period, period.LastDay).Overall is var unheld && unheld != proposed.Overall)
                {
                    held.Add(new StabilityHold(proposed.CommuneCode, unheld, proposed.Overall));
                }
            }

            result.Add(new WhatIfPeriod(period, RatingCounts.Of(oldColours), RatingCounts.Of(newColours), changes) { Held = held });
        }

        return result;
    }

    private static List<Dictionary<Period, CommuneRating>>? Series(RuleSet rules, List<CommuneValues> values, IReadOnlyList<Period> periods)
    {
        if (!rules.HasStability || periods.Count == 0)
        {
            return null;
        }

        var (first, last) = (periods.Min().AddMonths(-StableSeries.WarmUpPeriods), periods.Max());
        return values.Select(v => StableSeries.Rate(rules, v, first, last).ToDictionary(r => r.Period)).ToList();
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
