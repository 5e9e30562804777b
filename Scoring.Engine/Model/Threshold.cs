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
    string Source)
{
    /// <summary>The document, date and clause the number comes from (official and adopted thresholds); null when not given.</summary>
    public SourceReference? Reference { get; init; }

    /// <summary>One sentence a city analyst can read on why this number (proposed thresholds); null when not given.</summary>
    public LocalizedText? Rationale { get; init; }
}
