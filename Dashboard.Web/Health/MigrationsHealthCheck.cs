using DashboardKpi.Ingest.Jobs.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Health;

/// <summary>
/// Readiness: every migration script this build ships is applied. During a rolling upgrade a node of the new version
/// stays out of the load balancer until the node that migrates has finished.
/// </summary>
public sealed class MigrationsHealthCheck(SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var unapplied = await migrator.ListUnappliedScriptsAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["unapplied"] = unapplied };
            return unapplied.Count == 0
                ? HealthCheckResult.Healthy("Schema current", data)
                : HealthCheckResult.Unhealthy(unapplied.Count + " migration script(s) not applied", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Migration journal unreadable: " + e.GetType().Name);
        }
    }
}
