using System.Diagnostics.Metrics;

namespace DashboardKpi.Ingest.Jobs.Telemetry;

/// <summary>
/// The application's own measurements, on the meter <see cref="MeterName"/> (exported with OpenTelemetry when an
/// OTLP endpoint is configured: docs/operations.md). What city IT watches: rows coming in and rows refused, how long a
/// rescore takes and whether it failed, and how often a page is built rather than served from this node's cache. The
/// request rate and latency per route come from ASP.NET Core's own meter; the Hangfire queue from <see cref="JobQueueMetrics"/>.
/// </summary>
public sealed class DashboardMetrics
{
    public const string MeterName = "DashboardKpi";

    private readonly Counter<long> _rows;
    private readonly Histogram<double> _rescoreDuration;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _cacheBuilds;

    public DashboardMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _rows = meter.CreateCounter<long>("dashboardkpi.ingest.rows", "{row}",
            "Indicator rows of committed imports, by outcome: inserted, updated, unchanged or quarantined.");
        _rescoreDuration = meter.CreateHistogram<double>("dashboardkpi.rescore.duration", "s",
            "Time a rescoring job took, by outcome (succeeded or failed).");
        _cacheLookups = meter.CreateCounter<long>("dashboardkpi.cache.lookups", "{lookup}",
            "Page parts asked of this node's cache.");
        _cacheBuilds = meter.CreateCounter<long>("dashboardkpi.cache.builds", "{build}",
            "Page parts built because this node's cache did not hold them (a miss); hits are lookups minus builds.");
    }

    public void ImportCommitted(int inserted, int updated, int unchanged, int quarantined)
    {
        _rows.Add(inserted, new KeyValuePair<string, object?>("outcome", "inserted"));
        _rows.Add(updated, new KeyValuePair<string, object?>("outcome", "updated"));
        _rows.Add(unchanged, new KeyValuePair<string, object?>("outcome", "unchanged"));
        _rows.Add(quarantined, new KeyValuePair<string, object?>("outcome", "quarantined"));
    }

    public void RescoreFinished(TimeSpan duration, bool succeeded) =>
        _rescoreDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", succeeded ? "succeeded" : "failed"));

    public void CacheLookedUp() => _cacheLookups.Add(1);

    public void CacheBuilt() => _cacheBuilds.Add(1);
}
