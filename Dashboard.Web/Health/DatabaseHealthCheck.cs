using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Health;

/// <summary>Readiness: the database answers a query (every page and import needs it).</summary>
public sealed class DatabaseHealthCheck(DbConnectionFactory connections) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy("Database reachable (" + connections.Dialect.Provider + ")");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message, not the exception: readiness is anonymous and a stack trace would describe the server.
            return HealthCheckResult.Unhealthy("Database unreachable (" + connections.Dialect.Provider + "): " + e.GetType().Name);
        }
    }
}
