using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Rates ratio, count and percentage values against their cuts and works out the amount needed to reach a
/// cut. Ratios are compared as part × 100 against cut × whole so that no division rounds a value across a
/// boundary; amounts of a ratio's part and of counts are whole units (machines, dossiers).
/// </summary>
internal static class NumericRating
{
    /// <summary>Green, yellow or red: the value against the green cut, then the yellow one.</summary>
    public static Rating Rate(IndicatorKind kind, IndicatorValue value, Threshold threshold, Boundary boundary) =>
        Meets(kind, value, threshold.Green!.Value, threshold.Direction, boundary) ? Rating.Green
        : Meets(kind, value, threshold.Yellow!.Value, threshold.Direction, boundary) ? Rating.Yellow
        : Rating.Red;

    /// <summary>Whether the value reaches the cut under the direction and boundary convention.</summary>
    public static bool Meets(IndicatorKind kind, IndicatorValue value, decimal cut, Direction direction, Boundary boundary)
    {
        var (left, right) = kind == IndicatorKind.Ratio
            ? (value.Number!.Value * 100m, cut * value.Whole!.Value)
            : (value.Number!.Value, cut);
        var comparison = direction == Direction.HigherIsBetter ? left.CompareTo(right) : right.CompareTo(left);
        return boundary == Boundary.Inclusive ? comparison >= 0 : comparison > 0;
    }

    /// <summary>
    /// How much the value must rise (higher is better) or fall (lower is better) to reach the cut:
    /// for 17/40 against ≥ 95 % that is 21 machines. Zero when the cut is already met.
    /// </summary>
    public static decimal AmountToReach(IndicatorKind kind, IndicatorValue value, decimal cut, Direction direction, Boundary boundary) =>
        Meets(kind, value, cut, direction, boundary) ? 0m : AmountShort(kind, value, cut, direction, boundary);

    /// <summary>
    /// <see cref="AmountToReach"/> for a value known to fall short of the cut (the rater has just rated it below it),
    /// without comparing again.
    /// </summary>
    public static decimal AmountShort(IndicatorKind kind, IndicatorValue value, decimal cut, Direction direction, Boundary boundary)
    {
        var current = value.Number!.Value;
        if (kind == IndicatorKind.Percentage)
        {
            // Percentages move continuously; an exclusive cut needs one step of the 2-decimal display past it.
            var distance = direction == Direction.HigherIsBetter ? cut - current : current - cut;
            return boundary == Boundary.Inclusive ? distance : distance + 0.01m;
        }

        // × 0.01 rather than ÷ 100: the same exact value (the scale grows by two), without a decimal division.
        var target = kind == IndicatorKind.Ratio ? cut * value.Whole!.Value * 0.01m : cut;
        var needed = direction == Direction.HigherIsBetter
            ? (boundary == Boundary.Inclusive ? Math.Ceiling(target) : Math.Floor(target) + 1m)
            : (boundary == Boundary.Inclusive ? Math.Floor(target) : Math.Ceiling(target) - 1m);
        return direction == Direction.HigherIsBetter ? needed - current : current - needed;
    }

    /// <summary>The value on the threshold's scale: percent for ratios, the number itself otherwise.</summary>
    public static decimal Measure(IndicatorKind kind, IndicatorValue value) =>
        kind == IndicatorKind.Ratio ? value.Number!.Value * 100m / value.Whole!.Value : value.Number!.Value;

    /// <summary>Relative distance to the green cut, 0 to 1, so that criteria of different units can be compared.</summary>
    public static decimal Effort(IndicatorKind kind, IndicatorValue value, Threshold threshold)
    {
        var measure = Measure(kind, value);
        var green = threshold.Green!.Value;
        var distance = threshold.Direction == Direction.HigherIsBetter ? green - measure : measure - green;
        var scale = threshold.Direction == Direction.HigherIsBetter ? green : Math.Max(measure, 1m);
        return distance <= 0 ? 0m : Math.Min(1m, distance / (scale == 0 ? 1m : scale));
    }
}
