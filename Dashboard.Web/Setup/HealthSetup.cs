using System.Text.Json;
using DashboardKpi.Dashboard.Web.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DashboardKpi.Dashboard.Web.Setup;

/// <summary>
/// /health is liveness (the process answers: "Healthy"); /health/ready is readiness as JSON, one entry per check, for
/// load balancers: the database answers, every migration is applied, Hangfire's storage answers ("Unhealthy", HTTP
/// 503, when one fails) and OCR is installed. OCR missing makes readiness "Degraded", not "Unhealthy": every page and
/// import works, only scans are refused, with the reason given here and on the admin pages.
/// </summary>
public static class HealthSetup
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddDashboardHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [ReadyTag])
            .AddCheck<JobStorageHealthCheck>("jobStorage", tags: [ReadyTag])
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
}
