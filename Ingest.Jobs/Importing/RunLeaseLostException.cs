namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// A node marked this run interrupted (its lease had lapsed: heartbeats could not reach the database for a whole
/// lease) before the import could complete it; the import's data was rolled back.
/// </summary>
public sealed class RunLeaseLostException(long runId)
    : Exception($"Run {runId} was marked interrupted by another check before it completed; its data was rolled back.")
{
    public long RunId { get; } = runId;
}
