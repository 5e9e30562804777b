using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// One reported value in a <see cref="CommuneValues"/> grid, with what rating compares already worked out as a double,
/// so that rating reads one small contiguous cell instead of following a reference to a scattered object and doing
/// decimal arithmetic. Doubles only decide clear cases; a value near a cut is compared exactly (<see cref="NumericRating"/>).
/// </summary>
/// <param name="Value">The value as reported; null for an empty cell.</param>
/// <param name="Measure">
/// On the threshold's scale: percent for a ratio, the number for a count or percentage, 1 or 0 for yes/no, and for a task
/// the day number it was completed on (−∞ when done without a date, +∞ when not done).
/// </param>
/// <param name="Whole">A ratio's whole, for the minimum denominator; 0 otherwise.</param>
internal readonly record struct ValueCell(IndicatorValue? Value, double Measure, double Whole)
{
    public static ValueCell Of(IndicatorKind kind, IndicatorValue value) => kind switch
    {
        IndicatorKind.Ratio => new(value, value.Whole == 0 ? double.NaN : (double)value.Number!.Value * 100d / (double)value.Whole!.Value, (double)value.Whole!.Value),
        IndicatorKind.Count or IndicatorKind.Percentage => new(value, (double)value.Number!.Value, 0d),
        IndicatorKind.YesNo => new(value, value.Flag == true ? 1d : 0d, 0d),
        _ => new(value, CompletionDay(value), 0d),
    };

    private static double CompletionDay(IndicatorValue value) =>
        value.Task != Model.TaskStatus.Done ? double.PositiveInfinity
        : value.CompletedOn is { } day ? day.DayNumber
        : double.NegativeInfinity;
}
