using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Compares a candidate rule set with the one in force before it is published: both rate the same communes and
/// periods (as of each period's last day, as the rescore does), and the difference is reported per period.
/// Pure, like <see cref="Scorer"/>.
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

        // Each period is rated on the values it can see (the period and the carry-forward window before it), as the
        // rescore loads them: the same colours as passing the whole history, without indexing it for every score.
        var carry = Math.Max(MaxCarry(current), MaxCarry(candidate));
        var byPeriod = communes.Select(c => c.Values.ToLookup(v => v.Period)).ToList();
        var result = new List<WhatIfPeriod>(periods.Count);
        foreach (var period in periods)
        {
            var before = new List<Rating?>(communes.Count);
            var after = new List<Rating?>(communes.Count);
            var changes = new List<CommuneChange>();
            for (var i = 0; i < communes.Count; i++)
            {
                var commune = Window(communes[i], byPeriod[i], period, carry);
                var old = Scorer.Score(current, commune, period, period.LastDay);
                var proposed = Scorer.Score(candidate, commune, period, period.LastDay);
                before.Add(old.Overall);
                after.Add(proposed.Overall);
                if (old.Overall != proposed.Overall)
                {
                    changes.Add(new CommuneChange(commune.CommuneCode, old.Overall, proposed.Overall, CriteriaChanged(old, proposed)));
                }
            }

            result.Add(new WhatIfPeriod(period, RatingCounts.Of(before), RatingCounts.Of(after), changes));
        }

        return result;
    }

    private static int MaxCarry(RuleSet rules) =>
        rules.Criteria.Where(c => c.Missing.Strategy == MissingValueStrategy.CarryForward).Select(c => c.Missing.Periods).DefaultIfEmpty(0).Max();

    private static CommuneInput Window(CommuneInput commune, ILookup<Period, IndicatorValue> values, Period period, int carry) =>
        commune with { Values = [.. Enumerable.Range(0, carry + 1).SelectMany(back => values[period.AddMonths(back - carry)])] };

    /// <summary>Criteria whose colour differs, in the candidate's order; a criterion only one side has counts as changed from or to no colour.</summary>
    private static List<CriterionChange> CriteriaChanged(CommuneScore before, CommuneScore after)
    {
        var old = before.Criteria.ToDictionary(c => c.Code, c => c.Rating, StringComparer.Ordinal);
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
