using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Applies the rule set's stability rules (<see cref="StabilityRule"/>) to a criterion's colour and to the overall colour.</summary>
internal static class StabilityRater
{
    public static CriterionRating Apply(CompiledCriterion compiled, in CriterionRating rated, Period period, EarlierColours earlier)
    {
        var rule = compiled.Criterion.Stability!;
        var code = compiled.Criterion.Code;
        var history = History(earlier, period, rule.LookBack, p => p.Criteria.GetValueOrDefault(code));
        var band = BandColour(compiled, rated, rule);
        return new CriterionRating(rated, ColourStability.Decide(rule, rated.RawRating, history, band));
    }

    public static ColourStability ApplyOverall(StabilityRule rule, Rating? raw, Period period, EarlierColours earlier) =>
        ColourStability.Decide(rule, raw, History(earlier, period, rule.LookBack, p => p.Overall), null);

    /// <summary>One entry per earlier period, most recent first; null where the unit had no entry.</summary>
    private static ColourPair?[] History(EarlierColours earlier, Period period, int lookBack, Func<EarlierPeriodColours, ColourPair?> pick)
    {
        var history = new ColourPair?[lookBack];
        for (var i = 0; i < lookBack; i++)
        {
            history[i] = earlier.For(period.AddMonths(-(i + 1))) is { } entry ? pick(entry) : null;
        }

        return history;
    }

    /// <summary>
    /// The colour under cuts moved by the dead band against the change: lowered for a fall and raised for a rise when
    /// higher is better (the reverse when lower is better), so a value must be past the cut by the band to change colour.
    /// </summary>
    private static Func<bool, Rating>? BandColour(CompiledCriterion compiled, CriterionRating rated, StabilityRule rule)
    {
        if (rule.DeadBand is not { } width || rated.Value is not { } value || rated.RawRating is null
            || compiled.Kind is not (IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage))
        {
            return null;
        }

        var threshold = rated.Threshold;
        var kind = RatedKind.Of(compiled.Kind, value);
        var boundary = compiled.Boundary;
        return worse =>
        {
            var shift = worse ^ (threshold.Direction == Direction.LowerIsBetter) ? -width : width;
            return NumericRating.Meets(kind, value, threshold.Green!.Value + shift, threshold.Direction, boundary) ? Rating.Green
                : NumericRating.Meets(kind, value, threshold.Yellow!.Value + shift, threshold.Direction, boundary) ? Rating.Yellow
                : Rating.Red;
        };
    }
}
