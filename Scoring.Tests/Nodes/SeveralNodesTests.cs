using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dapper;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Npgsql;

namespace DashboardKpi.Scoring.Tests.Nodes;

/// <summary>
/// The production shape, for real: two web nodes (<c>Jobs__RunServer=false</c>) and one worker, three processes on
/// one throwaway PostgreSQL database, started together on it while it is empty. Then a login on one node is honoured
/// by the other, an upload through one node is imported by the worker and shows on the other's API, and the worker
/// killed (SIGKILL) in the middle of a 100,000-row upload leaves nothing half-imported and the import completes once
/// a worker is back.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SeveralNodesTests
{
    private const string AdminPassword = "several-nodes-admin-password";

    private readonly string _dropFolder = Path.Combine(Path.GetTempPath(), "dashboardkpi-nodes-" + Guid.NewGuid().ToString("N"));
    private string _database = "";
    private NodeProcess _nodeA = null!;
    private NodeProcess _nodeB = null!;
    private readonly List<NodeProcess> _workers = [];
    private HttpClient _browser = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await PostgreSqlTestServer.CreateDatabaseAsync("nodes_" + Guid.NewGuid().ToString("N")[..12]);

        // The three start together on the empty database: each migrates, loads reference data and creates the
        // bootstrap admin unless another did first.
        _workers.Add(NodeProcess.StartWorker(Settings(web: false)));
        _nodeA = NodeProcess.StartWeb(FreePort(), Settings(web: true));
        _nodeB = NodeProcess.StartWeb(FreePort(), Settings(web: true));
        await Task.WhenAll(_nodeA.WaitUntilUpAsync(), _nodeB.WaitUntilUpAsync());
        await IngestHost.WaitUntilAsync(async () => await ScalarAsync("SELECT COUNT(*) FROM hangfire.server") >= 1, "the worker's Hangfire server to register");

        // One cookie jar for both nodes, as one browser behind a load balancer: cookies are per host, not per port.
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        var login = await PostFormAsync(_nodeA.BaseUrl!, "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = AdminPassword });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the bootstrap admin logs in on node A");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _browser?.Dispose();
        _nodeA?.Dispose();
        _nodeB?.Dispose();
        _workers.ForEach(w => w.Dispose());
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(_dropFolder))
        {
            Directory.Delete(_dropFolder, recursive: true);
        }
    }

    private Dictionary<string, string> Settings(bool web) => new()
    {
        ["Storage__Provider"] = "PostgreSql",
        ["Storage__ConnectionString"] = _database,
        ["Jobs__RunServer"] = web ? "false" : "true",
        ["Jobs__SeedDemoData"] = "false",
        ["Jobs__DropFolder__Path"] = _dropFolder,
        ["Jobs__HttpSources__0__Url"] = "",
        // A short lease, so the run of a killed worker is marked interrupted in seconds (production: 30 s), and a short
        // invisibility timeout, so its job is picked up again in seconds (production: 5 minutes).
        ["Jobs__RunLease__HeartbeatSeconds"] = "1",
        ["Jobs__RunLease__LeaseSeconds"] = "5",
        ["Jobs__InvisibilityTimeoutSeconds"] = "10",
        ["Auth__BootstrapAdminPassword"] = AdminPassword,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    [Test]
    public async Task StartedTogetherOnAnEmptyDatabase_MigratedOnce_ReferenceDataOnce_OneAdmin()
    {
        var scripts = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "db", "postgresql"), "*.sql").Length;
        await using var connection = new NpgsqlConnection(_database);
        var applied = (await connection.QueryAsync<(string Name, long Times)>("SELECT scriptname, COUNT(*) FROM schemaversions GROUP BY scriptname")).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Has.Count.EqualTo(scripts), "every script applied");
            Assert.That(applied.Where(a => a.Times > 1).Select(a => a.Name), Is.Empty, "no script applied twice");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM commune"), Is.EqualTo(168));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM mergermapping"), Is.EqualTo(MergerMappingCsvReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.MergerMapping)).Count));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM appuser"), Is.EqualTo(1), "one bootstrap admin");
        }
    }

    [Test]
    public async Task LoginOnNodeA_IsHonouredByNodeB_FormsIncluded()
    {
        using var page = await _browser.GetAsync(_nodeB.BaseUrl + "/Data/Upload");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node B reads node A's login cookie (data-protection keys in the database)");

        // A form from node A posted to node B: B accepts A's antiforgery token.
        var token = DashboardServer.AntiforgeryToken(await _browser.GetStringAsync(_nodeA.BaseUrl + "/Data/Upload"));
        using var language = await _browser.PostAsync(_nodeB.BaseUrl + "/Account/Language",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "vi", ["__RequestVerificationToken"] = token }));
        Assert.That(language.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task UploadThroughNodeA_IsImportedByTheWorker_AndShowsOnNodeB()
    {
        var upload = await UploadAsync(_nodeA, "october.csv", ReportFiles.LongHeader + "\n25747,2026-10,AV_UPDATED_MACHINES,17/40\n");

        // Node A runs no jobs: only the worker can import it, and node B shows the outcome from the database.
        await IngestHost.WaitUntilAsync(async () => (await _browser.GetStringAsync($"{_nodeB.BaseUrl}/Data/Upload?upload={upload}")).Contains("id=\"import-summary\"", StringComparison.Ordinal),
            "node B to show the import's summary");
        await IngestHost.WaitUntilAsync(async () => Overall(await _browser.GetStringAsync(_nodeB.BaseUrl + "/api/v1/ratings?period=2026-10"), "25747") is "red" or "yellow" or "green",
            "the worker's rescore to show on node B's API", seconds: 60);
    }

    [Test]
    public async Task WorkerKilledMidImport_NothingHalfImported_AndTheImportCompletesWhenAWorkerIsBack()
    {
        var rows = LargeReport();
        Assert.That(rows, Has.Count.GreaterThanOrEqualTo(100_000));
        var valuesBefore = await ScalarAsync("SELECT COUNT(*) FROM indicatorvalue");
        var upload = await UploadAsync(_nodeA, "large.csv", ReportFiles.LongHeader + "\n" + string.Join("\n", rows) + "\n");

        await IngestHost.WaitUntilAsync(async () => await ScalarAsync($"SELECT COUNT(*) FROM ingestrun WHERE status = 'running' AND filename = 'large.csv'") > 0,
            "the worker to start importing", seconds: 120);
        await _workers[^1].KillAsync();
        var killedRun = await ScalarAsync("SELECT MAX(id) FROM ingestrun WHERE filename = 'large.csv'");
        var afterKill = await ScalarAsync("SELECT COUNT(*) FROM indicatorvalue") - valuesBefore;
        TestContext.Out.WriteLine($"values after the kill: {afterKill} of {rows.Count}");
        Assert.That(afterKill, Is.EqualTo(0).Or.EqualTo(rows.Count), "a file is imported in one transaction: all or nothing");
        var killedMidImport = afterKill == 0;

        _workers.Add(NodeProcess.StartWorker(Settings(web: false)));
        await IngestHost.WaitUntilAsync(async () => await ScalarAsync($"SELECT COUNT(*) FROM fileupload WHERE id = {upload} AND status = 'done'") == 1,
            "a new worker to import the upload", seconds: 300);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM indicatorvalue") - valuesBefore, Is.EqualTo(rows.Count), "every row once");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM (SELECT communecode, indicatorcode, period, source FROM indicatorvalue GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1) d"), Is.Zero, "no duplicate values");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM ingestrun WHERE filename = 'large.csv' AND status = 'succeeded'"), Is.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM ingestrun WHERE status = 'running'"), Is.Zero, "the killed run is not left running");
            if (killedMidImport)
            {
                Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM ingestrun WHERE id = {killedRun} AND status = 'interrupted'"), Is.EqualTo(1), "its lease lapsed: interrupted");
            }
        }
    }

    /// <summary>Posts a file through a node's upload page as a steward's browser does; returns the upload's id.</summary>
    private async Task<long> UploadAsync(NodeProcess node, string fileName, string csv)
    {
        var token = DashboardServer.AntiforgeryToken(await _browser.GetStringAsync(node.BaseUrl + "/Data/Upload"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", fileName },
        };
        using var response = await _browser.PostAsync(node.BaseUrl + "/Data/Upload", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.OriginalString;
        return long.Parse(location[(location.IndexOf("upload=", StringComparison.Ordinal) + "upload=".Length)..], CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> PostFormAsync(string baseUrl, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = DashboardServer.AntiforgeryToken(await _browser.GetStringAsync(baseUrl + path));
        return await _browser.PostAsync(baseUrl + path, new FormUrlEncodedContent(fields));
    }

    private static string? Overall(string json, string code)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("ratings").EnumerateArray()
            .FirstOrDefault(r => r.GetProperty("communeCode").GetString() == code) is { ValueKind: JsonValueKind.Object } row
            ? row.GetProperty("overall").GetString()
            : null;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        try
        {
            return await connection.ExecuteScalarAsync<long?>(sql) ?? 0;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;   // not migrated yet
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Every indicator of the shipped rules that is reported (not computed) for 168 units × 14 months (2025-07 to
    /// 2026-08): 103,488 valid rows, long enough that the worker is still importing when it is killed.
    /// </summary>
    private static List<string> LargeReport()
    {
        var communes = CommuneJsonReader.Read(
            ReferenceDataFiles.ReadText(ReferenceDataFiles.Units));
        var indicators = DashboardKpi.Scoring.Engine.ShippedRules.Read().RuleSet!.Indicators.Where(i => !i.IsComputed).ToList();
        var lines = new List<string>();
        for (var month = 0; month < 14; month++)
        {
            var period = new DateOnly(2025, 7, 1).AddMonths(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            foreach (var commune in communes)
            {
                lines.AddRange(indicators.Select((indicator, n) => string.Create(CultureInfo.InvariantCulture, $"{commune.Code},{period},{indicator.Code},{Value(indicator.Kind, n + month)}")));
            }
        }

        return lines;
    }

    private static string Value(DashboardKpi.Scoring.Engine.Model.IndicatorKind kind, int n) => kind switch
    {
        DashboardKpi.Scoring.Engine.Model.IndicatorKind.Ratio => string.Create(CultureInfo.InvariantCulture, $"{n % 40}/40"),
        DashboardKpi.Scoring.Engine.Model.IndicatorKind.Percentage => string.Create(CultureInfo.InvariantCulture, $"{n % 100}"),
        DashboardKpi.Scoring.Engine.Model.IndicatorKind.YesNo => n % 2 == 0 ? "có" : "không",
        DashboardKpi.Scoring.Engine.Model.IndicatorKind.Task => "hoàn thành 15/07/2025",
        _ => string.Create(CultureInfo.InvariantCulture, $"{n * 7}"),
    };
}
