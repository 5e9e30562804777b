using System.Globalization;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Reports.Ocr;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Setup;

/// <summary>
/// /health is liveness (the process answers: "Healthy"); /health/ready is readiness as JSON, one entry per check. OCR
/// missing makes readiness "Degraded", not "Unhealthy": every page and import works, only scans are refused, with the
/// reason given here and on the admin pages.
/// </summary>
public static class HealthSetup
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddDashboardHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<OcrHealthCheck>("ocr", tags: [ReadyTag])
            .AddCheck<DemoPreparationHealthCheck>("demo", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapDashboardHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteJsonAsync,
        }).AllowAnonymous();
        return app;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, cancellationToken: context.RequestAborted);
    }

    /// <summary>
    /// "Degraded" while the demo data of a first start is being prepared (every page answers; the overview shows the
    /// progress instead of half the months) or when preparing it failed; "Healthy" otherwise.
    /// </summary>
    private sealed class DemoPreparationHealthCheck(DemoPreparation preparation) : IHealthCheck
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

    private sealed class OcrHealthCheck(OcrTools tools) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var ocr = await tools.CheckAsync(cancellationToken);
            var data = new Dictionary<string, object> { ["available"] = ocr.Available };
            if (ocr.Version is not null)
            {
                data["version"] = ocr.Version;
            }

            if (!ocr.Available)
            {
                data["reasonVi"] = ocr.ReasonVi ?? "";
            }

            return ocr.Available
                ? HealthCheckResult.Healthy("OCR available: " + ocr.Version + ", language " + tools.Options.Language, data)
                : HealthCheckResult.Degraded("OCR unavailable: " + ocr.ReasonEn, data: data);
        }
    }
}
