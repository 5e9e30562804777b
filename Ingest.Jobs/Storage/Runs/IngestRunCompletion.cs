namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>How a run ended: status (not running), counts per outcome, and an optional message for the steward.</summary>
public sealed record IngestRunCompletion
{
    public required string Status { get; init; }
    public DateTimeOffset FinishedAt { get; init; }
    public int ImportedCount { get; init; }
    public int UpdatedCount { get; init; }
    public int UnchangedCount { get; init; }
    public int QuarantinedCount { get; init; }
    public string? Message { get; init; }
}
