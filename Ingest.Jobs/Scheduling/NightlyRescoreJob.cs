using DashboardKpi.Ingest.Jobs.Ratings;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>A nightly safety net: rescores the current and previous month, which tasks' deadlines can change without new data.</summary>
public sealed class NightlyRescoreJob(Rescorer rescorer, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var current = Scoring.Engine.Model.Period.Of(today);
        return rescorer.RescoreAsync([current.AddMonths(-1), current], ct);
    }
}
