using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>The value a criterion was rated on, and where it came from.</summary>
/// <param name="Percent">For ratios, part / whole × 100, rounded to 2 decimals for display; the reported percent for a ratio reported as a percentage only.</param>
/// <param name="Period">The period the value was reported for: earlier than the rated one when carried forward or held.</param>
/// <param name="IsStale">
/// True when carried forward from <paramref name="Period"/>, an earlier period. A held state (holdState) from an earlier
/// period is not stale: it is a state that holds, not an old measurement; its sentence names the period instead.
/// </param>
/// <param name="Text">The value as written in explanations: "17/40 máy tính (42,5 %)".</param>
public sealed record MeasuredValue(IndicatorValue Reported, decimal? Percent, Period Period, bool IsStale, LocalizedText Text);
