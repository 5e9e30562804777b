using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// What rating compares of one reported value in a <see cref="CommuneValues"/> grid (the value itself is kept beside it),
/// worked out as a double,
/// so that rating reads one small contiguous cell (without references) instead of following a reference to a scattered
/// object and doing decimal arithmetic. Doubles decide every case where they are exact or clear; the rest is compared exactly
/// (<see cref="NumericRating"/>).
/// </summary>
/// <param name="Measure">
/// On the threshold's scale: percent for a ratio, the number for a count or percentage, 1 or 0 for yes/no, and for a task
/// the day number it was completed on (−∞ when done without a date, +∞ when not done).
/// </param>
/// <param name="Whole">A ratio's whole, for the minimum denominator; 0 otherwise (also for a percentage-only ratio).</param>
/// <param name="IsExact">
/// Ratio, count, percentage: the exact measure (part × 100 / whole, or the number) is a decimal of at most 15
/// significant digits and <see cref="Measure"/> is the double nearest to it. Against a cut that is also such a decimal
/// (<see cref="CompiledThreshold"/>), comparing the doubles is then exact: rounding to the nearest double keeps the
/// order of such decimals and never makes two of them equal. Values on a cut (19/20 against 95 %, 100 % against
/// 100 %) are common, so this saves the decimal comparison for most of them.
/// </param>
internal readonly record struct ValueCell(double Measure, double Whole, bool IsExact)
{
    /// <summary>Below 10^15 a decimal's nearest double tells it apart from every other decimal of 15 digits.</summary>
    private const ulong FifteenDigits = 1_000_000_000_000_000;

    private const int MaxExactScale = 22;

    /// <summary>
    /// The cell for a reported value, or false when the value is not usable for its kind (a part above its whole, a
    /// negative count, a percentage above 100, a yes/no or task without its answer): those are left out, as if not reported.
    /// A ratio with its number and no whole is a percentage-only ratio, checked and laid out as a percentage (0 to 100).
    /// </summary>
    public static bool TryOf(IndicatorKind kind, IndicatorValue value, out ValueCell cell)
    {
        cell = default;
        switch (kind)
        {
            case IndicatorKind.Ratio when value.Number is { } part && value.Whole is { } whole:
                // Most ratios are whole numbers of machines or dossiers: checked and converted without decimal arithmetic.
                if (AsSmallWholeNumber(part) is { } smallPart && AsSmallWholeNumber(whole) is { } smallWhole)
                {
                    cell = OfSmallRatio(smallPart, smallWhole);
                    return smallPart <= smallWhole;
                }

                cell = OfRatio(part, whole);
                return part >= 0 && whole >= part;
            case IndicatorKind.Count or IndicatorKind.Percentage or IndicatorKind.Ratio when value.Number is { } number:
                // A ratio without its whole was reported as a percentage only ("100%"): laid out as a percentage (see RatedKind).
                var isPercentage = kind != IndicatorKind.Count;
                if (AsSmallWholeNumber(number) is { } small)
                {
                    cell = new(small, 0d, true);
                    return !isPercentage || small <= 100d;
                }

                cell = new((double)number, 0d, HasFifteenDigits(number));
                return number >= 0 && (!isPercentage || number <= 100m);
            case IndicatorKind.YesNo when value.Flag is { } flag:
                cell = new(flag ? 1d : 0d, 0d, false);
                return true;
            case IndicatorKind.Task when value.Task is not null:
                cell = new(CompletionDay(value), 0d, false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The cell of a per-capita value, rated as a ratio of the count to population × 100 / per
    /// (<see cref="PerCapitaOf"/>): unlike a reported ratio its part may exceed its whole (more online dossiers than a
    /// hundredth of the residents). Both are positive here.
    /// </summary>
    public static ValueCell OfPerCapita(decimal count, decimal ratedWhole) =>
        AsSmallWholeNumber(count) is { } smallCount && AsSmallWholeNumber(ratedWhole) is { } smallWhole
            ? OfSmallRatio(smallCount, smallWhole)
            : OfRatio(count, ratedWhole);

    /// <summary>Whether a decimal has at most 15 significant digits (its integer mantissa is below 10^15).</summary>
    /// <remarks>Up to 10^22 the power of ten the conversion divides by is itself exact, so the double is the nearest.</remarks>
    public static bool HasFifteenDigits(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        return bits[2] == 0 && mantissa < FifteenDigits && value.Scale <= MaxExactScale;
    }

    /// <summary>
    /// Part and whole are exact integers as doubles, so the division is correctly rounded: the double nearest to
    /// part × 100 / whole. The quotient is a short decimal when part × 100 × 10^6 divides by the whole (at most 6
    /// places, at most 100 for a usable value).
    /// </summary>
    private static ValueCell OfSmallRatio(double part, double whole) => whole == 0d
        ? new(double.NaN, 0d, false)
        : new(part * 100d / whole, whole, (long)part * 100_000_000L % (long)whole == 0);

    private static ValueCell OfRatio(decimal part, decimal whole) => whole == 0
        ? new(double.NaN, 0d, false)
        : new((double)part * 100d / (double)whole, (double)whole, false);

    /// <summary>A whole number of at most 32 bits written without decimals ("17", not "17.0"), as a double; else null.</summary>
    private static double? AsSmallWholeNumber(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return bits[1] == 0 && bits[2] == 0 && bits[3] == 0 ? (uint)bits[0] : null;
    }

    private static double CompletionDay(IndicatorValue value) =>
        value.Task != Model.TaskProgress.Done ? double.PositiveInfinity
        : value.CompletedOn is { } day ? day.DayNumber
        : double.NegativeInfinity;
}
