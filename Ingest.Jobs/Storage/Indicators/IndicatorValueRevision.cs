using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>
/// One entry of a value's history. <see cref="Id"/> grows across all keys, so the largest Id at scoring time is a
/// data snapshot id: the latest revision per key with Id at or below it is exactly what the scorer saw.
/// </summary>
public sealed record IndicatorValueRevision
{
    public long Id { get; init; }
    public required string CommuneCode { get; init; }
    public required string IndicatorCode { get; init; }
    public required Period Period { get; init; }
    public required string Source { get; init; }
    public int Revision { get; init; }
    public decimal? Value { get; init; }
    public decimal? Part { get; init; }
    public decimal? Whole { get; init; }
    public bool? Flag { get; init; }
    public string? TaskStatus { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public long RunId { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
}
