using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Demo;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>Whether demo data is in the database, asked on every page (for the banner), so cached with the ratings (it follows the same stamp).</summary>
public sealed class DemoStatus(PageCache cache, DemoData demo)
{
    public Task<bool> IsPresentAsync(CancellationToken ct) => cache.GetOrCreateAsync("demo-present", demo.IsPresentAsync, ct);
}
