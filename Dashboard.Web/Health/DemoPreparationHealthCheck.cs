using System.Globalization;
using DashboardKpi.Ingest.Jobs.Demo;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Health;

/// <summary>
/// "Degraded" while the demo data of a first start is being prepared (every page answers; the overview shows the
/// progress instead of half the months) or when preparing it failed; "Healthy" otherwise.
/// </summary>
public sealed class DemoPreparationHealthCheck(DemoPreparation preparation) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = preparation.Current;
        var data = new Dictionary<string, object>
        {
            ["status"] = state.Status,
            ["monthsDone"] = state.MonthsDone,
            ["monthsTotal"] = state.MonthsTotal,
        };
        return Task.FromResult(state.Status switch
        {
            DemoPreparationStatus.Preparing => HealthCheckResult.Degraded(
                string.Create(CultureInfo.InvariantCulture, $"Preparing demo data: {state.MonthsDone}/{state.MonthsTotal} months"), data: data),
            DemoPreparationStatus.Failed => HealthCheckResult.Degraded("Preparing demo data failed: " + state.Error, data: data),
            _ => HealthCheckResult.Healthy(state.Status == DemoPreparationStatus.Done ? "Demo data prepared" : "No demo data to prepare", data),
        });
    }
}
