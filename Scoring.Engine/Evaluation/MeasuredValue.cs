using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>The value a criterion was rated on, and where it came from.</summary>
/// <param name="Percent">For ratios, part / whole × 100, rounded to 2 decimals for display.</param>
/// <param name="IsStale">True when carried forward from <paramref name="Period"/>, an earlier period.</param>
/// <param name="Text">The value as written in explanations: "17/40 máy tính (42,5 %)".</param>
public sealed record MeasuredValue(IndicatorValue Reported, decimal? Percent, Period Period, bool IsStale, LocalizedText Text);
