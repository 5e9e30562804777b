using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Rule versions over real HTTP on a small data set: two communes' July 2025 antivirus figures (C7, critical) and
/// nothing else, so every count below can be worked out by hand. No Hangfire server runs, so a later data
/// correction is not rescored behind the test's back and a publish leaves its rescoring job enqueued.
/// </summary>
[TestFixture]
public sealed partial class RuleVersionsWebTests
{
    private const string July = "2025-07";

    private DashboardServer _server = null!;
    private HttpClient _analyst = null!;
    private HttpClient _admin = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Jobs:SeedDemoData"] = "false", ["Jobs:RunServer"] = "false" }, empty: true);
        _folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-rules-web", Guid.NewGuid().ToString("N"));

        // 25747: 17/40 = 42.5 %, red under the shipped cuts (95/80) and C7 is critical → red overall.
        // 25750: 34/40 = 85 %, yellow → yellow overall. The other 166 units have no data: not rated.
        await ImportAsync("small.csv", "25747,2025-07,AV_UPDATED_MACHINES,17/40", "25750,2025-07,AV_UPDATED_MACHINES,34/40");
        await _server.Services.GetRequiredService<Rescorer>().RescoreAsync([Scoring.Engine.Model.Period.Parse(July)], CancellationToken.None);

        await _server.CreateUserAsync("analyst1", UserRoles.Analyst);
        await _server.CreateUserAsync("steward1", UserRoles.Steward);
        await _server.CreateUserAsync("chair1", UserRoles.Chair, "25747");
        await _server.CreateUserAsync("committee1", UserRoles.Committee);
        _analyst = await _server.LoginAsync("analyst1", "user-password-123");
        _admin = await _server.LoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _analyst.Dispose();
        _admin.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private RuleVersionService Versions => _server.Services.GetRequiredService<RuleVersionService>();

    private static string Shipped(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(ShippedRules.ReadText())!;
        edit(node);
        return node.ToJsonString();
    }

    private static void C7(JsonNode rules, string cut, decimal value) => rules["criteria"]![7]!["threshold"]![cut] = value;

    private async Task ImportAsync(string name, params string[] rows)
    {
        var path = ReportFiles.WriteCsv(_folder, name, [ReportFiles.LongHeader, .. rows]);
        var summary = await _server.Services.GetRequiredService<IndicatorImporter>().ImportFileAsync(path, name, "file", "test", CancellationToken.None);
        Assert.That(summary.Status, Is.EqualTo("succeeded"), summary.MessageEn);
    }

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    private static (int Green, int Yellow, int Red, int NotRated) Counts(JsonElement counts) => (
        counts.GetProperty("green").GetInt32(), counts.GetProperty("yellow").GetInt32(), counts.GetProperty("red").GetInt32(), counts.GetProperty("notRated").GetInt32());

    [Test]
    public async Task Simulate_LowerC7YellowCut_MovesOnlyTheRedCommuneToYellowAndStoresNothing()
    {
        var candidate = Shipped(r => C7(r, "yellow", 40));
        var snapshots = await _server.Services.GetRequiredService<RatingSnapshotRepository>().ListLatestForPeriodAsync(Scoring.Engine.Model.Period.Parse(July), CancellationToken.None);

        using var response = await PostJsonAsync(_analyst, "/api/v1/rules/simulate", JsonSerializer.Serialize(new { ruleSetJson = candidate, periods = new[] { July } }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        // By hand: 25747 C7 42.5 % ≥ 40 → yellow, no red criterion left → yellow overall; 25750 (85 %) stays yellow.
        var period = body.GetProperty("periods").EnumerateArray().Single();
        var change = period.GetProperty("changed").EnumerateArray().Single();
        var after = await _server.Services.GetRequiredService<RatingSnapshotRepository>().ListLatestForPeriodAsync(Scoring.Engine.Model.Period.Parse(July), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(period.GetProperty("period").GetString(), Is.EqualTo(July));
            Assert.That(Counts(period.GetProperty("before")), Is.EqualTo((0, 1, 1, 166)));
            Assert.That(Counts(period.GetProperty("after")), Is.EqualTo((0, 2, 0, 166)));
            Assert.That((change.GetProperty("communeCode").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()),
                Is.EqualTo(("25747", "red", "yellow")));
            Assert.That(change.GetProperty("criteria").EnumerateArray().Select(c => (c.GetProperty("code").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString())),
                Is.EqualTo(new[] { ("C7", "red", "yellow") }));
            Assert.That(after.Select(s => s.Id), Is.EqualTo(snapshots.Select(s => s.Id)), "a simulation stores nothing");
        }
    }

    [Test]
    public async Task Simulate_StoredVersionWithoutPeriods_UsesTheLatestRatedPeriodsAndChangesNothing()
    {
        using var response = await PostJsonAsync(_analyst, "/api/v1/rules/simulate", """{"version": 2}""");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var periods = body.GetProperty("periods").EnumerateArray().ToList();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(periods.Select(p => (p.GetProperty("period").GetString(), p.GetProperty("changedCount").GetInt32())), Is.EqualTo(new[] { (July, 0) }));
    }

    [Test]
    public async Task Simulate_BrokenRuleSet_Is400WithEveryErrorAndItsJsonPath()
    {
        var broken = Shipped(r => { C7(r, "yellow", 99); r["criteria"]![0]!["code"] = "c 1"; });

        using var response = await PostJsonAsync(_analyst, "/api/v1/rules/simulate", JsonSerializer.Serialize(new { ruleSetJson = broken }));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("code").GetString())).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors, Does.Contain(("$.criteria[7].threshold.yellow", "threshold.yellowWrongSide")));
            Assert.That(errors, Does.Contain(("$.criteria[0].code", "code.invalid")));
            Assert.That(problem.GetProperty("errors")[0].GetProperty("messageVi").GetString(), Is.Not.Empty);
        }
    }

    [TestCase("{", HttpStatusCode.BadRequest)]
    [TestCase("[]", HttpStatusCode.BadRequest)]
    [TestCase("null", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": "three"}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": 99999999999}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": 2, "ruleSetJson": "{}"}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": 4242}""", HttpStatusCode.NotFound)]
    [TestCase("""{"version": 2, "periods": ["'; DROP TABLE Commune;--"]}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"ruleSetJson": "<script>alert(1)</script>"}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"ruleSetJson": "{\"a\":1,\"a\":2}"}""", HttpStatusCode.BadRequest)]
    public async Task Simulate_HostileOrMalformedBody_IsAProblemNeverA500(string json, HttpStatusCode expected)
    {
        using var response = await PostJsonAsync(_analyst, "/api/v1/rules/simulate", json);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Simulate_NotJson_Is415()
    {
        using var response = await _analyst.PostAsync("/api/v1/rules/simulate", new StringContent("version=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [Test]
    public async Task Diff_DraftAgainstVersion1_NamesTheChangedThresholdCriterionByCriterion()
    {
        var draft = await Versions.CreateDraftAsync(Shipped(r => C7(r, "green", 90)), "analyst1", CancellationToken.None);

        using var api = await _analyst.GetAsync($"/api/v1/rules/versions/{draft.Version}/diff?against=2");
        var diff = await api.Content.ReadFromJsonAsync<JsonElement>();
        var page = await _analyst.GetStringAsync($"/Rules/Version/{draft.Version}?against=2");

        var changes = diff.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("scope").GetString(), c.GetProperty("field").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString())).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(changes.Where(c => c.Item1 == "C7"), Is.EqualTo(new[] { ("C7", "threshold.green", "95", "90") }));
            Assert.That(changes.Where(c => c.Item1 != "C7" && c.Item1 != "ruleSet"), Is.Empty, "nothing else changed");
            Assert.That(page, Does.Contain("data-scope=\"C7\" data-field=\"threshold.green\"").And.Contain("Ngưỡng xanh"));
        }
    }

    [TestCase("/api/v1/rules/versions/4242/diff?against=2", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/rules/versions/2/diff?against=4242", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/rules/versions/2/diff?against=abc", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/rules/versions/2/diff", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/rules/jobs/%27%3B%20DROP", HttpStatusCode.NotFound)]
    public async Task Api_UnknownOrMalformed_IsAProblem(string url, HttpStatusCode expected)
    {
        using var response = await _analyst.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Versions_List_HasTheShippedVersion2PublishedWithItsHash()
    {
        var list = await _analyst.GetFromJsonAsync<JsonElement>("/api/v1/rules/versions");

        var v1 = list.EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == 2);
        Assert.That((v1.GetProperty("status").GetString(), v1.GetProperty("sha256").GetString()!.Length), Is.EqualTo(("published", 64)));
    }

    [Test]
    public async Task Reproduce_AfterALaterDataCorrection_IsIdenticalAndStaysPinnedToItsSnapshot()
    {
        var before = await _analyst.GetFromJsonAsync<JsonElement>($"/api/v1/communes/25747/scorecard/reproduce?period={July}");
        // A correction (18/40, still red under the shipped cuts) arrives later; no rescoring runs in this fixture.
        await ImportAsync("correction.csv", "25747,2025-07,AV_UPDATED_MACHINES,18/40");

        var after = await _analyst.GetFromJsonAsync<JsonElement>($"/api/v1/communes/25747/scorecard/reproduce?period={July}");
        var page = await _analyst.GetStringAsync($"/Communes/Details/25747?period={July}&reproduce=true");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((before.GetProperty("identical").GetBoolean(), before.GetProperty("verdict").GetString()), Is.EqualTo((true, "identical")));
            Assert.That((after.GetProperty("identical").GetBoolean(), after.GetProperty("verdictVi").GetString()), Is.EqualTo((true, "giống hệt")));
            Assert.That(after.GetProperty("dataSnapshotId").GetInt64(), Is.EqualTo(before.GetProperty("dataSnapshotId").GetInt64()));
            Assert.That(after.GetProperty("ruleSetVersion").GetInt32(), Is.EqualTo(2));
            Assert.That(after.GetProperty("ruleSetSha256").GetString(), Has.Length.EqualTo(64));
            Assert.That(page, Does.Contain("id=\"reproduce-verdict\" data-identical=\"true\"").And.Contain("Giống hệt"));
        }
    }

    [Test]
    public async Task Reproduce_StoredSentencesWordedDifferently_IsIdenticalAndSaysTheWordingChanged()
    {
        // As if an earlier release had written "85 %" where this one writes "85%": the stored row rewritten with its
        // hash, and put back afterwards for the other tests.
        var stored = (await _server.Services.GetRequiredService<RatingSnapshotRepository>().FindLatestAsync("25750", Scoring.Engine.Model.Period.Parse(July), CancellationToken.None))!;
        var reworded = stored.ResultJson.Replace("85%", "85 %", StringComparison.Ordinal);
        await RewriteStoredAsync(stored.Id, reworded);
        try
        {
            var api = await _analyst.GetFromJsonAsync<JsonElement>($"/api/v1/communes/25750/scorecard/reproduce?period={July}");
            var page = await _analyst.GetStringAsync($"/Communes/Details/25750?period={July}&reproduce=true");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(reworded, Is.Not.EqualTo(stored.ResultJson));
                Assert.That((api.GetProperty("identical").GetBoolean(), api.GetProperty("verdict").GetString(), api.GetProperty("differences").GetArrayLength()), Is.EqualTo((true, "identical", 0)));
                Assert.That(api.GetProperty("wordingChanged").GetBoolean(), Is.True);
                Assert.That(api.GetProperty("wordingNote").GetString(), Is.EqualTo($"Same rating; the wording has changed since app version {stored.AppVersion}."));
                Assert.That(api.GetProperty("wordingNoteVi").GetString(), Does.StartWith("Cùng kết quả xếp loại; cách diễn đạt đã thay đổi từ phiên bản ứng dụng "));
                Assert.That(api.GetProperty("storedAppVersion").GetString(), Is.EqualTo(stored.AppVersion));
                Assert.That(page, Does.Contain("data-identical=\"true\" data-wording-changed=\"true\"").And.Contain("id=\"reproduce-wording\""));
                Assert.That(page, Does.Contain("khi chấm " + System.Text.Encodings.Web.HtmlEncoder.Default.Encode(stored.AppVersion)));
            }
        }
        finally
        {
            await RewriteStoredAsync(stored.Id, stored.ResultJson);
        }
    }

    [Test]
    public async Task Reproduce_Untouched_HasNoWordingNote()
    {
        var api = await _analyst.GetFromJsonAsync<JsonElement>($"/api/v1/communes/25747/scorecard/reproduce?period={July}");
        var page = await _analyst.GetStringAsync($"/Communes/Details/25747?period={July}&reproduce=true");

        Assert.That((api.GetProperty("wordingChanged").GetBoolean(), api.GetProperty("wordingNote").ValueKind), Is.EqualTo((false, JsonValueKind.Null)));
        Assert.That(page, Does.Contain("data-wording-changed=\"false\"").And.Not.Contain("id=\"reproduce-wording\""));
    }

    private async Task RewriteStoredAsync(long snapshotId, string json)
    {
        await using var connection = await _server.Services.GetRequiredService<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "UPDATE RatingSnapshot SET ResultJson = @Json, ResultSha256 = @Sha256 WHERE Id = @Id",
            new { Json = json, Sha256 = Sha256Hex.Of(json), Id = snapshotId });
    }

    [TestCase("/api/v1/communes/99999/scorecard/reproduce?period=2025-07", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/communes/25747/scorecard/reproduce?period=2024-01", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/communes/25747/scorecard/reproduce?period=2025-13", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/communes/25747/scorecard/reproduce?period=%27%3B--", HttpStatusCode.BadRequest)]
    public async Task Reproduce_UnknownCommuneNoRatingOrBadPeriod_IsAProblem(string url, HttpStatusCode expected)
    {
        using var response = await _analyst.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Reproduce_ChairOfAnotherCommune_Is403()
    {
        using var chair = await _server.LoginAsync("chair1", "user-password-123");

        using var own = await chair.GetAsync($"/api/v1/communes/25747/scorecard/reproduce?period={July}");
        using var other = await chair.GetAsync($"/api/v1/communes/25750/scorecard/reproduce?period={July}");

        Assert.That((own.StatusCode, other.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Forbidden)));
    }
}
