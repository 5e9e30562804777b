namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// The cuts that apply to one criterion for one commune and period. Numeric kinds use
/// <see cref="Green"/> and <see cref="Yellow"/> (percent for ratios); tasks use <see cref="Deadline"/>.
/// </summary>
public sealed record Threshold(
    Direction Direction,
    decimal? Green,
    decimal? Yellow,
    DateOnly? Deadline,
    ThresholdBasis Basis,
    string Source);
