using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Scoring.Engine.Model;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// The one way to ask for periods to be rescored: the request is recorded first, so every page shows the periods'
/// colours as pending until a rescore has run after it, even if the job is lost or no worker is running.
/// </summary>
public sealed class RescoreRequests(PeriodRescoreRepository status, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>Records the request and queues the rescore job; returns the job id.</summary>
    /// <param name="requestedBy">One of <see cref="RescoreRequester"/>.</param>
    /// <param name="onlyChanged">Rate again only the communes whose values changed (an import's request; <see cref="RescoreJob.RunChangedAsync"/>).</param>
    public async Task<string> RequestAsync(IReadOnlyList<Period> periods, string requestedBy, CancellationToken ct, bool onlyChanged = false)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var distinct = periods.Distinct().ToList();
        // A plain list of "yyyy-MM" text: Hangfire stores the argument with its type, and a caller's collection
        // expression would be a compiler-generated type that the worker cannot load back.
        var list = distinct.Select(p => p.ToString()).ToList();
        await status.RequestAsync(distinct, clock.GetUtcNow(), requestedBy, ct).ConfigureAwait(false);
        return onlyChanged
            ? jobs.Enqueue<RescoreJob>(job => job.RunChangedAsync(list, null, CancellationToken.None))
            : jobs.Enqueue<RescoreJob>(job => job.RunAsync(list, null, CancellationToken.None));
    }
}
