using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The form editor over real HTTP (issue 26) on two communes' July 2025 antivirus figures: 25747 at 17/40 (42.5 %, red,
/// C7 is critical → red overall) and 25750 at 34/40 (85 %, yellow). Hostile values, roles, the what-if against the
/// simulation API, and saving with a change note.
/// </summary>
[TestFixture]
public sealed partial class FormEditorWebTests
{
    private const string July = "2025-07";
    private const string C7Green = "criteria[7].threshold.green";
    private const string C7Yellow = "criteria[7].threshold.yellow";

    private DashboardServer _server = null!;
    private HttpClient _analyst = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Jobs:SeedDemoData"] = "false", ["Jobs:RunServer"] = "false" }, empty: true);
        _folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-form-web", Guid.NewGuid().ToString("N"));
        var path = ReportFiles.WriteCsv(_folder, "small.csv", [ReportFiles.LongHeader, "25747,2025-07,AV_UPDATED_MACHINES,17/40", "25750,2025-07,AV_UPDATED_MACHINES,34/40"]);
        var summary = await _server.Services.GetRequiredService<IndicatorImporter>().ImportFileAsync(path, "small.csv", "file", "test", CancellationToken.None);
        Assert.That(summary.Status, Is.EqualTo("succeeded"), summary.MessageEn);
        await _server.Services.GetRequiredService<Rescorer>().RescoreAsync([Scoring.Engine.Model.Period.Parse(July)], CancellationToken.None);
        await _server.CreateUserAsync("analyst1", UserRoles.Analyst);
        foreach (var role in new[] { UserRoles.Steward, UserRoles.Committee })
        {
            await _server.CreateUserAsync(role + "1", role);
        }

        await _server.CreateUserAsync("chair1", UserRoles.Chair, "25747");
        _analyst = await _server.LoginAsync("analyst1", "user-password-123");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _analyst.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private RuleVersionService Versions => _server.Services.GetRequiredService<RuleVersionService>();

    private async Task<(int Version, string Url, string Sha256)> NewDraftAsync()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);
        return (draft.Version, $"/Rules/Form/{draft.Version}", draft.Sha256);
    }

    private static string ErrorText(string html, string id) =>
        Regex.Match(html, $"<span class=\"field-error\" id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)</span>") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "(no element)";

    [Test]
    public async Task Form_AnalystOpensADraft_EveryInputHasALabelAndTheCutsAreThere()
    {
        var (_, url, _) = await NewDraftAsync();

        using var response = await _analyst.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var inputs = Regex.Matches(html, "<(input|select|textarea)\\b(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"").Select(m => m.Groups[2].Value).ToList();
        var labels = Regex.Matches(html, "<label[^>]*\\bfor=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("id=\"f-criteria-7-threshold-green\" name=\"criteria[7].threshold.green\" value=\"95\""));
            Assert.That(html, Does.Contain("id=\"f-aggregation-criticalShare-greenSharePercent\""));
            Assert.That(inputs, Has.Count.GreaterThan(300));
            Assert.That(inputs.Where(id => !labels.Contains(id)), Is.Empty, "every input has a <label for>");
            Assert.That(html, Does.Contain("<tr data-period=\"2025-07\">"), "the what-if is drawn on the server too");
        }
    }

    [Test]
    public async Task WhatIf_LowerC7YellowCut_MatchesTheSimulationApi_AndStoresNothing()
    {
        var (version, url, sha) = await NewDraftAsync();
        var edited = JsonNode.Parse((await Versions.FindAsync(version, CancellationToken.None))!.JsonText)!;
        edited["criteria"]![7]!["threshold"]!["yellow"] = 40;

        using var live = await DashboardServer.PostFormAsync(_analyst, url + "?handler=WhatIf", new() { [C7Yellow] = "40", ["periods"] = July }, url);
        var form = await live.Content.ReadFromJsonAsync<JsonElement>();
        using var api = await _analyst.PostAsync("/api/v1/rules/simulate",
            new StringContent(JsonSerializer.Serialize(new { ruleSetJson = edited.ToJsonString(), periods = new[] { July } }), Encoding.UTF8, "application/json"));
        var simulated = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("periods")[0];
        var period = form.GetProperty("periods")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(form.GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(Counts(period.GetProperty("after"), "noData"), Is.EqualTo(Counts(simulated.GetProperty("after"), "notRated")));
            Assert.That(Counts(period.GetProperty("before"), "noData"), Is.EqualTo(Counts(simulated.GetProperty("before"), "notRated")));
            Assert.That(Counts(period.GetProperty("after"), "noData"), Is.EqualTo((0, 2, 0, 166)));
            Assert.That(form.GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("code").GetString(), c.GetProperty("before").GetString(), c.GetProperty("after").GetString())),
                Is.EqualTo(new[] { ("25747", "red", "yellow") }));
            Assert.That(form.GetProperty("changedCriteria").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "C7" }));
            Assert.That((await Versions.FindAsync(version, CancellationToken.None))!.Sha256, Is.EqualTo(sha));
        }
    }

    [Test]
    public async Task WhatIf_MapOfChanges_ColoursExactlyTheChangedUnits_LikeTheMapDrawnWithThePage()
    {
        var (_, url, _) = await NewDraftAsync();

        using var live = await DashboardServer.PostFormAsync(_analyst, url + "?handler=WhatIf", new() { [C7Yellow] = "40", ["periods"] = July }, url);
        var map = (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("map").EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => (Rating: u.GetProperty("rating").GetString(), Label: u.GetProperty("label").GetString()));
        using var page = await _analyst.GetAsync(url + "?periods=" + July);
        var html = await page.Content.ReadAsStringAsync();
        var drawn = Regex.Matches(html, "data-code=\"(\\d+)\" data-rating=\"(\\w+)\" class=\"unit\"").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("id=\"whatif-map\""));
            Assert.That(drawn, Has.Count.EqualTo(168), "every unit is on the map of changes");
            Assert.That(drawn.Values, Has.All.EqualTo("noData"), "the stored draft changes no colour yet");
            Assert.That(map.Keys, Is.EquivalentTo(drawn.Keys), "the answer recolours exactly the units drawn");
            Assert.That(map.Where(u => u.Value.Rating != "noData").Select(u => (u.Key, u.Value.Rating)), Is.EqualTo(new[] { ("25747", "yellow") }));
            Assert.That(map["25747"].Label, Does.EndWith(": Đỏ → Vàng (C7)"));
            Assert.That(map["25750"].Label, Does.EndWith(": không đổi"));
        }
    }

    private static (int, int, int, int) Counts(JsonElement counts, string none) => (
        counts.GetProperty("green").GetInt32(), counts.GetProperty("yellow").GetInt32(), counts.GetProperty("red").GetInt32(), counts.GetProperty(none).GetInt32());

    [TestCase(C7Green, "-5")]
    [TestCase(C7Green, "NaN")]
    [TestCase(C7Green, "1e400")]
    [TestCase(C7Green, "99999999999999999999999999999999999999")]
    [TestCase(C7Green, "ninety")]
    [TestCase(C7Green, "95\u00002")]
    [TestCase(C7Yellow, "99")]
    [TestCase("criteria[7].minDenominator", "-1")]
    [TestCase("criteria[7].missing.periods", "2.5")]
    [TestCase("criteria[7].missing.periods", "400")]
    [TestCase("criteria[7].missing.strategy", "<script>alert(1)</script>")]
    [TestCase("criteria[7].critical", "perhaps")]
    [TestCase("criteria[7].effectiveFrom", "2025-13")]
    [TestCase("criteria[7].threshold.reference.date", "yesterday")]
    [TestCase("aggregation.criticalShare.greenSharePercent", "150")]
    [TestCase("aggregation.criticalShare.redCriteriaForRed", "-3")]
    public async Task Save_HostileValue_IsAnErrorBesideItsField_NeverA500_AndNothingIsStored(string key, string value)
    {
        var (version, url, sha) = await NewDraftAsync();
        var id = "f-" + DashboardKpi.Dashboard.Web.RuleVersions.Form.DraftField.Slug(key) + "-error";

        using var saved = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Save", new() { [key] = value, ["note.C7.vi"] = "Thử", ["note.overall.vi"] = "Thử" }, url);
        var html = await saved.Content.ReadAsStringAsync();
        using var live = await DashboardServer.PostFormAsync(_analyst, url + "?handler=WhatIf", new() { [key] = value }, url);
        var json = await live.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ErrorText(html, id), Is.Not.Empty.And.Not.EqualTo("(no element)"), "the error is beside the field");
            Assert.That(html, Does.Contain("Chưa lưu"));
            Assert.That(html, Does.Not.Contain("<script>alert(1)</script>"));
            Assert.That((await Versions.FindAsync(version, CancellationToken.None))!.Sha256, Is.EqualTo(sha), "nothing stored");
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("target").GetString()), Does.Contain(id));
        }
    }

    [Test]
    public async Task Form_EnglishReader_GetsTheFieldErrorInEnglish()
    {
        var (_, url, _) = await NewDraftAsync();
        using var english = await _server.LoginAsync("analyst1", "user-password-123");
        await DashboardServer.PostFormAsync(english, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, "/");

        using var response = await DashboardServer.PostFormAsync(english, url + "?handler=Validate", new() { [C7Green] = "ninety" }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(ErrorText(html, "f-criteria-7-threshold-green-error"), Is.EqualTo("\"ninety\" is not a number (e.g. 95 or 42.5)."));
    }

    [TestCase("steward1")]
    [TestCase("committee1")]
    [TestCase("chair1")]
    public async Task Form_OtherRoles_AreRefused(string user)
    {
        var (_, url, sha) = await NewDraftAsync();
        using var client = await _server.LoginAsync(user, "user-password-123");

        using var page = await client.GetAsync(url);
        using var post = await client.PostAsync(url + "?handler=WhatIf", new FormUrlEncodedContent(new Dictionary<string, string> { [C7Green] = "90" }));
        using var save = await client.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string> { [C7Green] = "90" }));

        using (Assert.EnterMultipleScope())
        {
            // The access-denied page (403) for pages, as on every rule page.
            foreach (var response in new[] { page, post, save })
            {
                Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
            }

            Assert.That((await Versions.FindAsync(int.Parse(url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None))!.Sha256, Is.EqualTo(sha));
        }
    }

    [Test]
    public async Task WhatIf_WithoutTheAntiforgeryToken_IsRefused()
    {
        var (_, url, _) = await NewDraftAsync();

        using var response = await _analyst.PostAsync(url + "?handler=WhatIf", new FormUrlEncodedContent(new Dictionary<string, string> { [C7Green] = "90" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
