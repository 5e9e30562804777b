using DashboardKpi.Ingest.Jobs.Demo;
using Microsoft.Extensions.Caching.Memory;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>Whether demo data is in the database, asked on every page (for the banner), so cached briefly.</summary>
public sealed class DemoStatus(IMemoryCache cache, DemoData demo)
{
    private const string CacheKey = "demo-present";

    public async Task<bool> IsPresentAsync(CancellationToken ct) =>
        await cache.GetOrCreateAsync(CacheKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return demo.IsPresentAsync(ct);
        });

    public void Invalidate() => cache.Remove(CacheKey);
}
