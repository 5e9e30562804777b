using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// The kind a value's maths follows. A ratio reported as a percentage only ("100%", no count) has its number and no
/// whole: it is rated, explained and measured in amounts exactly as a <see cref="IndicatorKind.Percentage"/> (percentage
/// points), and the minimum denominator does not apply to it. Every other value follows its indicator's rated kind.
/// </summary>
internal static class RatedKind
{
    /// <summary><paramref name="kind"/> (the indicator's <see cref="Indicator.RatedAs"/>), or percentage for a percentage-only ratio.</summary>
    public static IndicatorKind Of(IndicatorKind kind, IndicatorValue value) =>
        IsPercentageOnly(kind, value) ? IndicatorKind.Percentage : kind;

    /// <summary>A ratio value with its number (a percent) and no whole: reported as a percentage without a count.</summary>
    public static bool IsPercentageOnly(IndicatorKind kind, IndicatorValue? value) =>
        kind == IndicatorKind.Ratio && value is { Number: not null, Whole: null };
}
