using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
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
public sealed class RuleVersionsWebTests
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
        await _server.Services.GetRequiredService<Rescorer>().RescoreAsync([July], CancellationToken.None);

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

    private static void C7(JsonNode rules, string cut, decimal value) => rules["criteria"]![6]!["threshold"]![cut] = value;

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
        var snapshots = await _server.Services.GetRequiredService<RatingSnapshotRepository>().ListLatestForPeriodAsync(July, CancellationToken.None);

        using var response = await PostJsonAsync(_analyst, "/api/v1/rules/simulate", JsonSerializer.Serialize(new { ruleSetJson = candidate, periods = new[] { July } }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        // By hand: 25747 C7 42.5 % ≥ 40 → yellow, no red criterion left → yellow overall; 25750 (85 %) stays yellow.
        var period = body.GetProperty("periods").EnumerateArray().Single();
        var change = period.GetProperty("changed").EnumerateArray().Single();
        var after = await _server.Services.GetRequiredService<RatingSnapshotRepository>().ListLatestForPeriodAsync(July, CancellationToken.None);
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
        using var response = await PostJsonAsync(_analyst, "/api/v1/rules/simulate", """{"version": 1}""");
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
            Assert.That(errors, Does.Contain(("$.criteria[6].threshold.yellow", "threshold.yellowWrongSide")));
            Assert.That(errors, Does.Contain(("$.criteria[0].code", "code.invalid")));
            Assert.That(problem.GetProperty("errors")[0].GetProperty("messageVi").GetString(), Is.Not.Empty);
        }
    }

    [TestCase("{", HttpStatusCode.BadRequest)]
    [TestCase("[]", HttpStatusCode.BadRequest)]
    [TestCase("null", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": "three"}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": 99999999999}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": 1, "ruleSetJson": "{}"}""", HttpStatusCode.BadRequest)]
    [TestCase("""{"version": 4242}""", HttpStatusCode.NotFound)]
    [TestCase("""{"version": 1, "periods": ["'; DROP TABLE Commune;--"]}""", HttpStatusCode.BadRequest)]
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

        using var api = await _analyst.GetAsync($"/api/v1/rules/versions/{draft.Version}/diff?against=1");
        var diff = await api.Content.ReadFromJsonAsync<JsonElement>();
        var page = await _analyst.GetStringAsync($"/Rules/Version/{draft.Version}?against=1");

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

    [TestCase("/api/v1/rules/versions/4242/diff?against=1", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/rules/versions/1/diff?against=4242", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/rules/versions/1/diff?against=abc", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/rules/versions/1/diff", HttpStatusCode.BadRequest)]
    [TestCase("/api/v1/rules/jobs/%27%3B%20DROP", HttpStatusCode.NotFound)]
    public async Task Api_UnknownOrMalformed_IsAProblem(string url, HttpStatusCode expected)
    {
        using var response = await _analyst.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Versions_List_HasVersion1PublishedWithItsHash()
    {
        var list = await _analyst.GetFromJsonAsync<JsonElement>("/api/v1/rules/versions");

        var v1 = list.EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == 1);
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
            Assert.That(after.GetProperty("ruleSetVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(after.GetProperty("ruleSetSha256").GetString(), Has.Length.EqualTo(64));
            Assert.That(page, Does.Contain("id=\"reproduce-verdict\" data-identical=\"true\"").And.Contain("Giống hệt"));
        }
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

    [Test]
    public async Task Edit_SaveBrokenDraft_SavesListsEveryErrorWithItsPathAndAuditsTheHashes()
    {
        using var created = await DashboardServer.PostFormAsync(_analyst, "/Rules?handler=NewDraft", [], "/Rules");
        var editUrl = created.Headers.Location!.ToString();
        var version = int.Parse(editUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var draft = (await Versions.FindAsync(version, CancellationToken.None))!;
        var broken = Shipped(r => C7(r, "yellow", 99));

        using var validated = await DashboardServer.PostFormAsync(_analyst, editUrl + "?handler=Validate", new() { ["JsonText"] = broken }, editUrl);
        var unchanged = (await Versions.FindAsync(version, CancellationToken.None))!;
        using var saved = await DashboardServer.PostFormAsync(_analyst, editUrl + "?handler=Save", new() { ["JsonText"] = broken }, editUrl);
        var html = await saved.Content.ReadAsStringAsync();
        var stored = (await Versions.FindAsync(version, CancellationToken.None))!;
        var audit = await _server.Services.GetRequiredService<AuditLogRepository>().ListForSubjectAsync($"ruleset:{ActiveRules.RuleSetId}:v{version}", 10, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(editUrl, Does.StartWith("/Rules/Edit/"));
            Assert.That(validated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unchanged.Sha256, Is.EqualTo(draft.Sha256), "validating does not save");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("data-path=\"$.criteria[6].threshold.yellow\" data-code=\"threshold.yellowWrongSide\""));
            Assert.That(html, Does.Contain("Ngưỡng vàng 99 nằm sai phía so với ngưỡng xanh 95"));
            Assert.That(html, Does.Contain("chưa thể ban hành"));
            Assert.That(stored.Sha256, Is.Not.EqualTo(draft.Sha256));
            Assert.That(stored.Status, Is.EqualTo(RuleSetStatus.Draft));
            Assert.That(audit.Select(a => (a.Action, a.UserName)), Is.EqualTo(new[] { ("ruleset.draft.save", "analyst1"), ("ruleset.draft.create", "analyst1") }));
            Assert.That((audit[0].BeforeSha256, audit[0].AfterSha256), Is.EqualTo((draft.Sha256, stored.Sha256)));
        }
    }

    [TestCase("Validate")]
    [TestCase("Save")]
    [TestCase("Cases")]
    public async Task Edit_EmptiedText_SaysSoWithoutAServerError(string handler)
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);
        var url = $"/Rules/Edit/{draft.Version}";

        using var response = await DashboardServer.PostFormAsync(_analyst, $"{url}?handler={handler}", new() { ["JsonText"] = "" }, url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("data-code=\"json.empty\""));
    }

    [Test]
    public async Task Edit_RunCases_ShowsPassOrFailPerGoldenCase()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);
        var url = $"/Rules/Edit/{draft.Version}";

        using var passing = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Cases", new() { ["JsonText"] = draft.JsonText }, url);
        using var failing = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Cases", new() { ["JsonText"] = Shipped(r => C7(r, "yellow", 40)) }, url);
        var pass = await passing.Content.ReadAsStringAsync();
        var fail = await failing.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CountOf(pass, "data-passed=\"true\""), Is.EqualTo(8));
            Assert.That(pass, Does.Contain("8/8 ca đạt"));
            Assert.That(CountOf(fail, "data-passed=\"false\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(fail, Does.Contain("C7: mong đợi đỏ, kết quả vàng"));
        }
    }

    [TestCase("this is not { json", "json.malformed")]
    [TestCase("{\"id\": \"a\", \"id\": \"b\"}", "json.malformed")]
    public async Task Upload_BrokenFile_IsKeptAsADraftThatListsTheError(string content, string code)
    {
        var page = await _analyst.GetStringAsync("/Rules");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(DashboardServer.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", "rules.json" },
        };

        using var response = await _analyst.PostAsync("/Rules?handler=Upload", form);
        var edit = await _analyst.GetStringAsync(response.Headers.Location!.ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(edit, Does.Contain($"data-code=\"{code}\""));
    }

    [Test]
    public async Task Publish_AsAdmin_PublishesAtomicallyAuditsAndQueuesTheRescore()
    {
        using var created = await DashboardServer.PostFormAsync(_admin, "/Rules?handler=NewDraft", [], "/Rules");
        var version = int.Parse(created.Headers.Location!.ToString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var draft = (await Versions.FindAsync(version, CancellationToken.None))!;
        var publishUrl = $"/Rules/Publish/{version}";
        var form = await _admin.GetStringAsync(publishUrl);

        using var response = await DashboardServer.PostFormAsync(_admin, publishUrl, new() { ["confirm"] = "true", ["republishHistory"] = "true" });
        var location = response.Headers.Location!.ToString();
        var job = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/rules/jobs/" + location.Split("job=")[1]);
        var published = (await Versions.FindAsync(version, CancellationToken.None))!;
        var audit = (await _server.Services.GetRequiredService<AuditLogRepository>().ListForSubjectAsync($"ruleset:{ActiveRules.RuleSetId}:v{version}", 10, CancellationToken.None)).First();
        var versionsPage = await _admin.GetStringAsync("/Rules");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(form, Does.Contain("id=\"republish-explain\""), "effective-from July 2025 is in the past: the page explains re-publishing");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(location, Does.StartWith(publishUrl + "?job="));
            Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("Enqueued"));
            Assert.That((published.Status, published.PublishedBy), Is.EqualTo((RuleSetStatus.Published, "admin")));
            Assert.That((audit.Action, audit.UserName, audit.AfterSha256), Is.EqualTo(("ruleset.republish", "admin", draft.Sha256)));
            Assert.That(audit.BeforeSha256, Has.Length.EqualTo(64));
            Assert.That(versionsPage, Does.Contain("data-action=\"ruleset.republish\"").And.Contain("data-action=\"ruleset.draft.create\""));
        }
    }

    [Test]
    public async Task Publish_WithoutRepublishForAPastEffectiveFrom_IsRefusedAndStaysADraft()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);

        using var response = await DashboardServer.PostFormAsync(_admin, $"/Rules/Publish/{draft.Version}", new() { ["confirm"] = "true" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(html, Does.Contain("id=\"publish-refused\""));
        Assert.That((await Versions.FindAsync(draft.Version, CancellationToken.None))!.Status, Is.EqualTo(RuleSetStatus.Draft));
    }

    [Test]
    public async Task Publish_Analyst_IsRefusedOnThePageAndTheApi()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);
        var page = await _analyst.GetStringAsync("/Rules");

        using var get = await _analyst.GetAsync($"/Rules/Publish/{draft.Version}");
        using var post = await _analyst.PostAsync($"/Rules/Publish/{draft.Version}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["confirm"] = "true", ["republishHistory"] = "true", ["__RequestVerificationToken"] = DashboardServer.AntiforgeryToken(page),
        }));
        using var api = await PostJsonAsync(_analyst, $"/api/v1/rules/versions/{draft.Version}/publish", """{"republishHistory": true}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(get.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
            Assert.That(post.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(page, Does.Not.Contain($"href=\"/Rules/Publish/{draft.Version}\""), "analysts are not offered the publish link");
        }

        Assert.That((await Versions.FindAsync(draft.Version, CancellationToken.None))!.Status, Is.EqualTo(RuleSetStatus.Draft));
    }

    [Test]
    public async Task PublishApi_AdminToken_PublishesOrRefusesWithTheReasons_CookieNeedsAntiforgery()
    {
        var token = ApiTokenAuthenticationHandler.NewToken();
        await _server.Services.GetRequiredService<ApiTokenRepository>().InsertAsync(new NewApiToken
        {
            Name = "rules-admin", TokenSha256 = ApiTokenAuthenticationHandler.HashOf(token), Role = UserRoles.Admin, CreatedBy = "admin", CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        using var machine = _server.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var good = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);
        var broken = await Versions.CreateDraftAsync(Shipped(r => C7(r, "yellow", 99)), "analyst1", CancellationToken.None);

        using var cookie = await PostJsonAsync(_admin, $"/api/v1/rules/versions/{good.Version}/publish", """{"republishHistory": true}""");
        using var refused = await PostJsonAsync(machine, $"/api/v1/rules/versions/{broken.Version}/publish", """{"republishHistory": true}""");
        using var published = await PostJsonAsync(machine, $"/api/v1/rules/versions/{good.Version}/publish", """{"republishHistory": true}""");
        using var unknown = await PostJsonAsync(machine, "/api/v1/rules/versions/4242/publish", "{}");
        var refusal = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var result = await published.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cookie.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a browser session must send the antiforgery header");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(refusal.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()), Does.Contain("$.criteria[6].threshold.yellow"));
            Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(result.GetProperty("rescoreJobId").GetString(), Is.Not.Empty);
            Assert.That(result.GetProperty("rescoredPeriods")[0].GetString(), Is.EqualTo(July));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [TestCase("steward1")]
    [TestCase("chair1")]
    [TestCase("committee1")]
    public async Task RulesPagesAndApi_OtherRoles_AreForbiddenEverywhere(string userName)
    {
        using var client = await _server.LoginAsync(userName, "user-password-123");
        string[] pages = ["/Rules", "/Rules/Version/1", "/Rules/Edit/1", "/Rules/Simulate/1?run=true", "/Rules/Publish/1"];
        var failures = new List<string>();

        foreach (var url in pages)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) != true)
            {
                failures.Add($"GET {url} → {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        using var denied = await client.GetAsync("/Account/AccessDenied");
        foreach (var (method, url) in new[] { ("GET", "/api/v1/rules/versions"), ("GET", "/api/v1/rules/versions/1/diff?against=1"), ("GET", "/api/v1/rules/jobs/1"),
            ("POST", "/api/v1/rules/simulate"), ("POST", "/api/v1/rules/versions/1/publish") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = new StringContent("""{"version": 1}""", Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {url} → {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task OpenApi_ListsTheRulesAndReproduceEndpoints()
    {
        var document = await _analyst.GetStringAsync("/openapi/v1.json");

        Assert.That(document, Does.Contain("/api/v1/rules/simulate").And.Contain("/api/v1/rules/versions/{version}/diff")
            .And.Contain("/api/v1/rules/versions").And.Contain("/api/v1/communes/{code}/scorecard/reproduce"));
    }

    private static int CountOf(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
