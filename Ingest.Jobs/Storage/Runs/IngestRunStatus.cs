namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>The values of <see cref="IngestRun.Status"/>, stored as text so the ledger reads plainly in SQL.</summary>
public static class IngestRunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>The same content (source + SHA-256) already succeeded once; nothing was imported.</summary>
    public const string Duplicate = "duplicate";
}
