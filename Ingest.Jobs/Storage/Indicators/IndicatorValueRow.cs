using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>The current value for a natural key, with the run that last changed it and its revision number (1 = first).</summary>
public sealed record IndicatorValueRow
{
    public required string CommuneCode { get; init; }
    public required string IndicatorCode { get; init; }
    public required Period Period { get; init; }
    public required string Source { get; init; }
    public decimal? Value { get; init; }
    public decimal? Part { get; init; }
    public decimal? Whole { get; init; }
    public bool? Flag { get; init; }
    public string? TaskStatus { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public long RunId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Revision { get; init; }
}
