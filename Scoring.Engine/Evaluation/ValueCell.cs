using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// One reported value in a <see cref="CommuneValues"/> grid, with what rating compares already worked out as a double,
/// so that rating reads one small contiguous cell instead of following a reference to a scattered object and doing
/// decimal arithmetic. Doubles decide every case where they are exact or clear; the rest is compared exactly
/// (<see cref="NumericRating"/>).
/// </summary>
/// <param name="Value">The value as reported; null for an empty cell.</param>
/// <param name="Measure">
/// On the threshold's scale: percent for a ratio, the number for a count or percentage, 1 or 0 for yes/no, and for a task
/// the day number it was completed on (−∞ when done without a date, +∞ when not done).
/// </param>
/// <param name="Whole">A ratio's whole, for the minimum denominator; 0 otherwise.</param>
/// <param name="IsExact">
/// Ratio, count, percentage: the exact measure (part × 100 / whole, or the number) is a decimal of at most 15
/// significant digits and <see cref="Measure"/> is the double nearest to it. Against a cut that is also such a decimal
/// (<see cref="CompiledThreshold"/>), comparing the doubles is then exact: rounding to the nearest double keeps the
/// order of such decimals and never makes two of them equal. Values on a cut (19/20 against 95 %, 100 % against
/// 100 %) are common, so this saves the decimal comparison for most of them.
/// </param>
internal readonly record struct ValueCell(IndicatorValue? Value, double Measure, double Whole, bool IsExact)
{
    /// <summary>Below 10^15 a decimal's nearest double tells it apart from every other decimal of 15 digits.</summary>
    private const ulong FifteenDigits = 1_000_000_000_000_000;

    private const int MaxExactScale = 22;

    public static ValueCell Of(IndicatorKind kind, IndicatorValue value) => kind switch
    {
        IndicatorKind.Ratio => OfRatio(value),
        IndicatorKind.Count or IndicatorKind.Percentage => new(value, (double)value.Number!.Value, 0d, HasFifteenDigits(value.Number!.Value)),
        IndicatorKind.YesNo => new(value, value.Flag == true ? 1d : 0d, 0d, false),
        _ => new(value, CompletionDay(value), 0d, false),
    };

    /// <summary>Whether a decimal has at most 15 significant digits (its integer mantissa is below 10^15).</summary>
    /// <remarks>Up to 10^22 the power of ten the conversion divides by is itself exact, so the double is the nearest.</remarks>
    public static bool HasFifteenDigits(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        return bits[2] == 0 && mantissa < FifteenDigits && value.Scale <= MaxExactScale;
    }

    private static ValueCell OfRatio(IndicatorValue value)
    {
        var (part, whole) = (value.Number!.Value, value.Whole!.Value);
        if (whole == 0)
        {
            return new(value, double.NaN, 0d, false);
        }

        // Part and whole in doubles are exact integers here, so the division is correctly rounded: the nearest double.
        var measure = (double)part * 100d / (double)whole;
        return new(value, measure, (double)whole, IsShortQuotient(part, whole));
    }

    /// <summary>
    /// Whether part × 100 / whole is a decimal of at most 6 decimal places and 15 digits (100 %, 42.5 %, 33.125 %) for
    /// whole-number part and whole; a repeating quotient (1/3) is not, and keeps the exact comparison.
    /// </summary>
    private static bool IsShortQuotient(decimal part, decimal whole)
    {
        if (part.Scale != 0 || whole.Scale != 0 || part < 0 || whole <= 0 || whole > int.MaxValue || part > int.MaxValue)
        {
            return false;
        }

        var (scaledPart, divisor) = ((long)part * 100L * 1_000_000L, (long)whole);
        return scaledPart % divisor == 0;
    }

    private static double CompletionDay(IndicatorValue value) =>
        value.Task != Model.TaskStatus.Done ? double.PositiveInfinity
        : value.CompletedOn is { } day ? day.DayNumber
        : double.NegativeInfinity;
}
