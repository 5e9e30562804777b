using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Decision 766 style points: min(1, value / fullScoreAt) × maxPoints, rounded to 2 decimals so that the
/// explanation's numbers add up to the total. Lower-is-better values earn full points at or below
/// fullScoreAt and fullScoreAt / value of them above it. No value, or too little data, earns nothing.
/// </summary>
internal static class PointsCalculator
{
    public static decimal? Earned(Criterion criterion, Threshold threshold, IndicatorValue? value, Rating? rating)
    {
        if (criterion.Points is not { } points)
        {
            return null;
        }

        if (value is null || rating is null)
        {
            return 0m;
        }

        var kind = RatedKind.Of(criterion.Indicator.RatedAs, value);
        var share = kind switch
        {
            IndicatorKind.YesNo => value.Flag == true ? 1m : 0m,
            IndicatorKind.Task => rating == Rating.Green ? 1m : 0m,
            _ => NumericShare(kind, value, points.FullScoreAt ?? threshold.Green!.Value, threshold.Direction),
        };
        return Math.Round(share * points.MaxPoints, 2, MidpointRounding.AwayFromZero);
    }

    private static decimal NumericShare(IndicatorKind kind, IndicatorValue value, decimal fullScoreAt, Direction direction)
    {
        var measure = NumericRating.Measure(kind, value);
        if (direction == Direction.HigherIsBetter)
        {
            return fullScoreAt <= 0 ? 1m : Math.Min(1m, measure / fullScoreAt);
        }

        return measure <= fullScoreAt ? 1m : fullScoreAt / measure;
    }
}
