using System.Diagnostics.Metrics;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Telemetry;

/// <summary>
/// Hangfire's queue as one gauge, read from its storage when a metrics reader collects (about once a minute by
/// default), one statistics query per collection: jobs by state (enqueued = waiting, processing = running, failed =
/// failed and not yet retried or deleted on /hangfire).
/// </summary>
public sealed class JobQueueMetrics
{
    public JobQueueMetrics(IMeterFactory meters, JobStorage storage)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(storage);
        meters.Create(DashboardMetrics.MeterName).CreateObservableGauge(
            "dashboardkpi.jobs",
            () =>
            {
                var statistics = storage.GetMonitoringApi().GetStatistics();
                return new[]
                {
                    new Measurement<long>(statistics.Enqueued, new KeyValuePair<string, object?>("state", "enqueued")),
                    new Measurement<long>(statistics.Processing, new KeyValuePair<string, object?>("state", "processing")),
                    new Measurement<long>(statistics.Failed, new KeyValuePair<string, object?>("state", "failed")),
                };
            },
            "{job}",
            "Hangfire jobs by state.");
    }
}
