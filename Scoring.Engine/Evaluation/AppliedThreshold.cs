using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>The threshold that applied to one result, and why: the override that supplied it, if any.</summary>
/// <param name="GreenText">The green cut with its comparator as shown: "≥ 95 %".</param>
/// <param name="YellowText">The yellow cut with its comparator as shown: "≥ 80 %".</param>
/// <param name="BoundaryText">The boundary convention in words.</param>
public sealed record AppliedThreshold(
    Threshold Threshold,
    ThresholdOverride? Override,
    LocalizedText? GreenText,
    LocalizedText? YellowText,
    LocalizedText BoundaryText);
