using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DashboardKpi.Ingest.Jobs.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OpenTelemetry variable; metrics are exported over OTLP only when it is set.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The application's meters (<see cref="DashboardMetrics"/>, registered with the jobs, and
    /// <see cref="JobQueueMetrics"/>) and, when
    /// <see cref="OtlpEndpointKey"/> is configured, an OTLP exporter for them and whatever <paramref name="more"/>
    /// adds (the web adds ASP.NET Core's request meter). The OTLP exporter reads the other standard variables itself
    /// (OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_METRIC_EXPORT_INTERVAL, headers). Without an endpoint the meters still exist,
    /// for dotnet-counters or any in-process listener, and nothing is sent anywhere.
    /// </summary>
    public static IServiceCollection AddDashboardTelemetry(
        this IServiceCollection services, IConfiguration configuration, string serviceName, Action<MeterProviderBuilder>? more = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<JobQueueMetrics>();
        var export = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DashboardMetrics.MeterName);
                // Built with the provider at start, so the queue gauge exists before the first collection.
                metrics.AddInstrumentation(provider => provider.GetRequiredService<JobQueueMetrics>());
                more?.Invoke(metrics);
                if (export)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
