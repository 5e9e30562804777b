namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>
/// One row of the ingest ledger. Id is a database identity (not a Guid): runs are created by the database that
/// stores them, ids sort in start order, and every value and quarantined row refers to it with a small integer.
/// </summary>
public sealed record IngestRun
{
    public long Id { get; init; }
    public required string Source { get; init; }
    public string? FileName { get; init; }
    public required string Sha256 { get; init; }
    public string? TriggeredBy { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public required string Status { get; init; }
    public int ImportedCount { get; init; }
    public int UpdatedCount { get; init; }
    public int UnchangedCount { get; init; }
    public int QuarantinedCount { get; init; }
    public string? Message { get; init; }

    /// <summary>
    /// Until when the process importing a running run holds it (UTC). It renews the lease by a heartbeat; once it
    /// lapses, any node may mark the run interrupted. Null for runs that ended before leases existed.
    /// </summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }
}
