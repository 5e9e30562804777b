using Hangfire.Server;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Drops the cached ratings (and the map, charts and tables derived from them) whenever a background job finishes in
/// this process. Ratings are stored by jobs: an import or a publish queues a rescoring job that stores the new
/// snapshots after the request that queued it has returned (and invalidated too early), and the nightly rescore runs on
/// its own; without this the pages would show the old colours until the cache expired. Every job counts, succeeded or failed (a failed rescore
/// may have stored some periods), so a new job that writes ratings cannot be forgotten here; jobs are few, so the
/// extra refills cost nothing that matters. A job run by a separate worker process never reaches this filter: there
/// the cache lifetime (<see cref="RatingsQueries"/>, 30 s) bounds how late a page can be.
/// </summary>
public sealed class RatingsRefreshFilter(RatingsQueries ratings) : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
    }

    public void OnPerformed(PerformedContext context) => ratings.Invalidate();
}
