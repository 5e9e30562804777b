namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>
/// The values of <see cref="IngestRun.Status"/>, stored as text so the ledger reads plainly in SQL. This is the one
/// list of them: the database's CHECK constraints and the web's status texts are tested against <see cref="All"/>.
/// </summary>
public static class IngestRunStatus
{
    /// <summary>Being imported by a process that holds the run's lease (see <see cref="IngestRun.LeaseExpiresAt"/>).</summary>
    public const string Running = "running";

    public const string Succeeded = "succeeded";

    public const string Failed = "failed";

    /// <summary>The same content (source + SHA-256) already succeeded once; nothing was imported.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>
    /// Its process stopped renewing the lease (killed, crashed, cut off from the database) before the run ended, and
    /// a node saw the lease lapse. Nothing of it was stored: the outcome of a run commits with its data.
    /// </summary>
    public const string Interrupted = "interrupted";

    public static IReadOnlyList<string> All { get; } = [Running, Succeeded, Failed, Duplicate, Interrupted];
}
