using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Ingest.Jobs.Telemetry;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Scoring.Tests.Web.Operations;

/// <summary>
/// The measurements city IT watches, taken from a running dashboard: rows imported and quarantined, the rescore's
/// duration, cache lookups against builds, and the export over OTLP to a collector on loopback (a stand-in for the
/// city's collector, which we cannot run here).
/// </summary>
[TestFixture]
public sealed class MetricsTests
{
    private readonly ConcurrentQueue<byte[]> _exported = new();
    private WebApplication _collector = null!;
    private DashboardServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _collector = builder.Build();
        _collector.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _exported.Enqueue(body.ToArray());
            return Results.Ok();
        });
        await _collector.StartAsync();
        var collectorAddress = _collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _server = await DashboardServer.StartAsync(new Dictionary<string, string?>
        {
            [TelemetryServiceCollectionExtensions.OtlpEndpointKey] = collectorAddress,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _server.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Test]
    public async Task Import_OneGoodRowOneBad_CountsOneStoredAndOneQuarantined_ThenTimesTheRescore()
    {
        var meters = _server.Services.GetRequiredService<IMeterFactory>();
        using var rows = new MetricCollector<long>(meters, DashboardMetrics.MeterName, "dashboardkpi.ingest.rows");
        using var rescores = new MetricCollector<double>(meters, DashboardMetrics.MeterName, "dashboardkpi.rescore.duration");
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        var csv = "commune_code,period,indicator_code,value\n26740,2025-09,AV_UPDATED_MACHINES,7/40\n99999,2025-09,AV_UPDATED_MACHINES,1/40\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "metrics.csv" } };

        var response = await client.PostAsync("/api/v1/imports", content);
        await rescores.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(60));

        long Sum(string outcome) => rows.GetMeasurementSnapshot().Where(m => Equals(m.Tags["outcome"], outcome)).Sum(m => m.Value);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
            Assert.That(Sum("inserted") + Sum("updated") + Sum("unchanged"), Is.EqualTo(1), "the row of a known unit");
            Assert.That(Sum("quarantined"), Is.EqualTo(1), "the row of an unknown unit");
            Assert.That(rescores.LastMeasurement!.Tags["outcome"], Is.EqualTo("succeeded"));
            Assert.That(rescores.LastMeasurement.Value, Is.GreaterThan(0));
        }
    }

    [Test]
    public async Task Overview_AskedThreeTimes_BuildsFewerPartsThanItLooksUp()
    {
        var meters = _server.Services.GetRequiredService<IMeterFactory>();
        using var lookups = new MetricCollector<long>(meters, DashboardMetrics.MeterName, "dashboardkpi.cache.lookups");
        using var builds = new MetricCollector<long>(meters, DashboardMetrics.MeterName, "dashboardkpi.cache.builds");
        using var client = await _server.LoginAsync();

        for (var i = 0; i < 3; i++)
        {
            await client.GetStringAsync("/");
        }

        var looked = lookups.GetMeasurementSnapshot().Sum(m => m.Value);
        var built = builds.GetMeasurementSnapshot().Sum(m => m.Value);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(looked, Is.GreaterThanOrEqualTo(3), "every request asks the cache");
            Assert.That(built, Is.LessThan(looked), "the second and third requests were served from the cache");
        }
    }

    [Test]
    public async Task Otlp_EndpointConfigured_ExportsRequestAndQueueMetricsToTheCollector()
    {
        using var client = await _server.LoginAsync();
        await client.GetStringAsync("/");

        var found = false;
        for (var attempt = 0; attempt < 300 && !found; attempt++)
        {
            var text = string.Join("\n", _exported.Select(Encoding.Latin1.GetString));
            found = text.Contains("http.server.request.duration", StringComparison.Ordinal) && text.Contains("dashboardkpi.jobs", StringComparison.Ordinal);
            if (!found)
            {
                await Task.Delay(100);
            }
        }

        Assert.That(found, Is.True, "an OTLP export with ASP.NET Core's request duration and the job queue gauge reached the collector");
    }
}
