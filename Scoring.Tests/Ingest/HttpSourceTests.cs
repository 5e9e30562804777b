using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Sources;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// The HTTP source against a fake one-stop-shop API served by real Kestrel on loopback: success, 500s that recover,
/// a server that stays down, a timeout, malformed JSON, and the API key header.
/// </summary>
public class HttpSourceTests
{
    private WebApplication _fake = null!;
    private IngestHost _host = null!;
    private int _flakyCalls;
    private int _downCalls;
    private string? _lastApiKey;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _fake = builder.Build();
        const string Body = """{ "data": [ { "maDonVi": "25747", "kyBaoCao": "2025-08", "soHoSoTrucTuyen": 1117, "soHoSoDaGiaiQuyet": 822 }, { "maDonVi": "88888", "kyBaoCao": "2025-08", "soHoSoTrucTuyen": 5 } ] }""";
        _fake.MapGet("/ok", (HttpRequest request) =>
        {
            _lastApiKey = request.Headers["X-Api-Key"];
            return Results.Text(Body, "application/json");
        });
        _fake.MapGet("/flaky", () => ++_flakyCalls <= 2 ? Results.StatusCode(500) : Results.Text(Body, "application/json"));
        _fake.MapGet("/down", () =>
        {
            _downCalls++;
            return Results.StatusCode(503);
        });
        _fake.MapGet("/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return Results.Text(Body, "application/json");
        });
        _fake.MapGet("/malformed", () => Results.Text("{ \"data\": [ { \"maDonVi\": ", "application/json"));
        await _fake.StartAsync();
        var url = _fake.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var settings = new Dictionary<string, string?>();
        string[] names = ["ok", "flaky", "down", "slow", "malformed"];
        for (var i = 0; i < names.Length; i++)
        {
            var prefix = $"Jobs:HttpSources:{i}:";
            settings[prefix + "Name"] = names[i];
            settings[prefix + "Url"] = $"{url}/{names[i]}";
            settings[prefix + "ApiKeyHeader"] = "X-Api-Key";
            settings[prefix + "ApiKey"] = "test-key-" + names[i];
            settings[prefix + "ItemsPath"] = "data";
            settings[prefix + "CommuneField"] = "maDonVi";
            settings[prefix + "PeriodField"] = "kyBaoCao";
            settings[prefix + "Indicators:ONLINE_DOSSIERS"] = "soHoSoTrucTuyen";
            settings[prefix + "Indicators:DOSSIERS_RESOLVED"] = "soHoSoDaGiaiQuyet";
            settings[prefix + "TimeoutSeconds"] = "1";
            settings[prefix + "Retries"] = "2";
            settings[prefix + "RetryDelayMilliseconds"] = "50";
        }

        _host = await IngestHost.StartAsync(settings);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private Task Pull(string name) => _host.Get<PullIndicatorsJob>().RunHttpSourceAsync(name, CancellationToken.None);

    [Test]
    public async Task Pull_HealthyApi_ImportsMappedFieldsAndQuarantinesUnknownCommunes()
    {
        await Pull("ok");

        var run = (await _host.Get<IngestRunRepository>().ListRecentAsync(20, CancellationToken.None)).First(r => r.Source == "api:ok");
        var dossiers = await _host.Get<IndicatorRepository>().FindAsync(new IndicatorKey("25747", "ONLINE_DOSSIERS", new Period(2025, 8), "api:ok"), CancellationToken.None);
        Assert.That((run.Status, run.ImportedCount, run.QuarantinedCount), Is.EqualTo(("succeeded", 2, 1)));
        Assert.That(dossiers!.Value, Is.EqualTo(1117m));
        Assert.That(_lastApiKey, Is.EqualTo("test-key-ok"));
    }

    [Test]
    public async Task Pull_TwoServerErrorsThenSuccess_IsRetriedAndImports()
    {
        await Pull("flaky");

        var run = (await _host.Get<IngestRunRepository>().ListRecentAsync(20, CancellationToken.None)).First(r => r.Source == "api:flaky");
        Assert.That(_flakyCalls, Is.EqualTo(3));
        Assert.That(run.Status, Is.EqualTo("succeeded"));
    }

    [Test]
    public async Task Pull_ServerStaysDown_ThrowsForHangfireToRetryLater()
    {
        Exception? thrown = null;
        try
        {
            await Pull("down");
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        Assert.That(thrown, Is.InstanceOf<HttpRequestException>());
        Assert.That(_downCalls, Is.EqualTo(3), "one attempt and two retries");
    }

    [Test]
    public async Task Pull_SlowerThanTheTimeout_ThrowsATransientFault()
    {
        Exception? thrown = null;
        try
        {
            await Pull("slow");
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        Assert.That(thrown?.GetType().Name, Does.Contain("Timeout").Or.EqualTo(nameof(TaskCanceledException)).Or.EqualTo(nameof(OperationCanceledException)));
    }

    [Test]
    public async Task Pull_MalformedJson_IsAFailedRunWithItsReasonNotAnException()
    {
        await Pull("malformed");

        var run = (await _host.Get<IngestRunRepository>().ListRecentAsync(20, CancellationToken.None)).First(r => r.Source == "api:malformed");
        Assert.That(run.Status, Is.EqualTo("failed"));
        Assert.That(run.Message, Does.Contain("không đúng định dạng").And.Contain("not valid JSON"));
    }

    [Test]
    public void Map_LongStyleMapping_ReadsIndicatorAndValueFields()
    {
        var source = new HttpSourceOptions { CommuneField = "c", PeriodField = "p", IndicatorField = "i", ValueField = "v" };

        var rows = ApiResponseMapper.Map(source, """[ { "c": "25747", "p": "2025-08", "i": "IOC_CONNECTED", "v": true }, { "c": "25747", "p": "2025-08", "i": "DOCUMENTS_ONLINE", "v": 42.5 } ]""");

        Assert.That(rows.Select(r => (r.IndicatorCode, r.Value)), Is.EqualTo(new[] { ("IOC_CONNECTED", "yes"), ("DOCUMENTS_ONLINE", "42.5") }));
    }
}
