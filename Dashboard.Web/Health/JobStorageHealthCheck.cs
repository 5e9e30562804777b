using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Health;

/// <summary>
/// Readiness: Hangfire's storage answers (uploads and rescoring are queued there). The counts are for whoever watches
/// the queue; a node without a worker (Jobs:RunServer=false) is still ready when the storage is up.
/// </summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = storage.GetMonitoringApi().GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["enqueued"] = statistics.Enqueued,
                ["processing"] = statistics.Processing,
                ["failed"] = statistics.Failed,
                ["servers"] = statistics.Servers,
            };
            return Task.FromResult(HealthCheckResult.Healthy("Job storage up", data));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage unreachable: " + e.GetType().Name));
        }
    }
}
