using DashboardKpi.Ingest.Jobs.Ratings;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Jobs;

/// <summary>Recomputes and stores rating snapshots for periods; queued after every import that changed data.</summary>
public sealed class RescoreJob(Rescorer rescorer)
{
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(IReadOnlyList<string> periods, CancellationToken ct) => rescorer.RescoreAsync(periods, ct);
}
