using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DashboardKpi.Dashboard.Web.Setup;

public static class CachingSetup
{
    /// <summary>
    /// HybridCache in this node, no second level, kept in step with the database (and so with the other nodes) by the
    /// data-version stamp: see <see cref="PageCache"/> and docs/caching.md.
    /// </summary>
    public static IServiceCollection AddDashboardCaching(this IServiceCollection services)
    {
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddHybridCache().AddSerializerFactory(new InProcessOnlySerializerFactory());
        services.AddSingleton<DataVersionWatch>();
        // The cache counts its lookups and builds (docs/operations.md, metrics).
        services.AddMetrics();
        services.TryAddSingleton<DashboardMetrics>();
        services.AddSingleton<PageCache>();
        return services;
    }
}
