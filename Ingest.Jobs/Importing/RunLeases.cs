using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>Hands a starting run its first lease and keeps it renewed while the run is worked on (see <see cref="RunLease"/>).</summary>
public sealed class RunLeases(IngestRunRepository runs, JobsOptions options, TimeProvider clock, ILogger<RunLease> logger)
{
    public RunLeaseOptions Options => options.RunLease;

    /// <summary>When the lease of a run starting at <paramref name="startedAt"/> first expires.</summary>
    public DateTimeOffset FirstExpiry(DateTimeOffset startedAt) => startedAt + options.RunLease.Lease;

    /// <summary>Starts the heartbeat of a running run; dispose it once the run has ended.</summary>
    public RunLease Hold(long runId) => new(runs, runId, options.RunLease, clock, logger);
}
