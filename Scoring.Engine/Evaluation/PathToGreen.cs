using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// The smallest set of criterion improvements that makes a commune green: fewest criteria first, then the
/// least relative effort. Each step raises one criterion to green (critical + share) or to full points
/// (points), stated as a concrete action with its amount.
/// </summary>
internal static class PathToGreen
{
    public static IReadOnlyList<PathStep> Find(RuleSet rules, IReadOnlyList<CriterionResult> results, Rating? overall) =>
        overall == Rating.Green ? [] : rules.Aggregation switch
        {
            CriticalShareAggregation rule => ForCriticalShare(rule, results, rules.Texts),
            PointsAggregation rule => ForPoints(rule, results, rules),
            _ => [],
        };

    private static List<PathStep> ForCriticalShare(CriticalShareAggregation rule, IReadOnlyList<CriterionResult> results, RuleSetTexts texts)
    {
        // Every critical criterion must be green, whatever it costs.
        var chosen = results.Where(r => r.IsCritical && r.Rating != Rating.Green && r.Outcome != Outcome.NotInForce).ToList();
        var optional = results.Where(r => !r.IsCritical && r.Outcome == Outcome.Rated && r.Rating != Rating.Green)
            .OrderBy(r => r.Effort).ThenBy(r => IndexOf(results, r))
            .ToList();

        // Too many reds can only be cured by fixing reds: take the cheapest ones needed for that first.
        var redsAfter = results.Count(r => r.Rating == Rating.Red) - chosen.Count(r => r.Rating == Rating.Red);
        foreach (var red in optional.Where(r => r.Rating == Rating.Red).Take(Math.Max(0, redsAfter - rule.RedCriteriaForRed + 1)).ToList())
        {
            chosen.Add(red);
            optional.Remove(red);
        }

        // When criteria without a colour count against the share, reporting one at green is a step too; after every
        // criterion that already has a colour, since what it would take is not known.
        if (rule.UnratedAllowance is not null)
        {
            optional.AddRange(results.Where(r => !r.IsCritical && WithoutColour(r)));
        }

        // A criterion without a colour that is chosen gets one (its data is reported): it moves into the rated count.
        var unratedChosen = chosen.Count(WithoutColour);
        var rated = results.Count(r => r.Outcome == Outcome.Rated) + unratedChosen;
        var unrated = results.Count(WithoutColour) - unratedChosen;
        var greenCount = results.Count(r => r.Rating == Rating.Green) + chosen.Count;
        foreach (var next in optional)
        {
            if (greenCount * 100m >= rule.GreenSharePercent * rule.ShareBase(rated, unrated))
            {
                break;
            }

            chosen.Add(next);
            greenCount++;
            if (WithoutColour(next))
            {
                rated++;
                unrated--;
            }
        }

        return chosen.OrderBy(r => IndexOf(results, r))
            .Select(r => new PathStep(r.Code, r.Name, r.Rating, r.GapTo(Rating.Green) ?? CriterionExplainer.ProvideData(texts, Rating.Green)))
            .ToList();
    }

    /// <summary>No data or too little data: counts against the share beyond an allowance (not in force never does).</summary>
    private static bool WithoutColour(CriterionResult result) => result.Outcome is Outcome.NoData or Outcome.InsufficientData;

    private static List<PathStep> ForPoints(PointsAggregation rule, IReadOnlyList<CriterionResult> results, RuleSet rules)
    {
        var total = results.Sum(r => r.Points ?? 0m);
        var steps = new List<PathStep>();
        var candidates = results
            .Select(r => (Result: r, Criterion: rules.FindCriterion(r.Code)!))
            .Where(x => x.Criterion.Points is not null && x.Result.Outcome != Outcome.NotInForce && (x.Result.Points ?? 0m) < x.Criterion.Points.MaxPoints)
            .OrderByDescending(x => x.Criterion.Points!.MaxPoints - (x.Result.Points ?? 0m))
            .ThenBy(x => x.Result.Effort)
            .ThenBy(x => IndexOf(results, x.Result));
        foreach (var (result, criterion) in candidates)
        {
            if (total >= rule.GreenBand)
            {
                break;
            }

            steps.Add(new PathStep(result.Code, result.Name, result.Rating, FullPointsGap(criterion, result, rules)));
            total += criterion.Points!.MaxPoints - (result.Points ?? 0m);
        }

        return [.. steps.OrderBy(s => IndexOf(results, results.First(r => r.Code == s.CriterionCode)))];
    }

    private static Gap FullPointsGap(Criterion criterion, CriterionResult result, RuleSet rules)
    {
        var threshold = result.Threshold.Threshold;
        var isNumeric = criterion.Indicator.Kind is IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage;
        if (!isNumeric || result.Value is null)
        {
            return result.GapTo(Rating.Green) ?? CriterionExplainer.ProvideData(rules.Texts, Rating.Green);
        }

        var fullScoreAt = criterion.Points!.FullScoreAt ?? threshold.Green!.Value;
        var missing = NumericRating.AmountToReach(RatedKind.Of(criterion.Indicator.RatedAs, result.Value.Reported), result.Value.Reported, fullScoreAt, threshold.Direction, Boundary.Inclusive);
        return NumericExplanation.NumericGap(criterion, result.Value.Reported, threshold.Direction, Rating.Green, missing, rules.Texts);
    }

    private static int IndexOf(IReadOnlyList<CriterionResult> results, CriterionResult result)
    {
        for (var i = 0; i < results.Count; i++)
        {
            if (ReferenceEquals(results[i], result))
            {
                return i;
            }
        }

        return -1;
    }
}
