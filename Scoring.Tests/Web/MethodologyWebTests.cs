using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The Methodology page and GET /api/v1/methodology over real HTTP. The server has the shipped v1 (no references or
/// rationales) from 2025-07 and, published here, a v2 from 2025-09 in which C7's cut is adopted by the city with its
/// decision, date and clause.
/// </summary>
[TestFixture]
public sealed class MethodologyWebTests
{
    private DashboardServer _server = null!;
    private HttpClient _committee = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartInProcessAsync();
        var versions = _server.Services.GetRequiredService<RuleVersionService>();
        var draft = await versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        var json = JsonNode.Parse(draft.JsonText)!;
        json["effectiveFrom"] = "2025-09";
        var c7 = json["criteria"]![7]!["threshold"]!;
        c7["basis"] = "adopted";
        c7["source"] = "Quyết định 1234/QĐ-UBND của UBND Thành phố";
        c7["reference"] = new JsonObject { ["document"] = "Quyết định 1234/QĐ-UBND", ["date"] = "2025-08-20", ["clause"] = "Điều 2, khoản 1" };
        json["aggregation"]!["rationale"] = new JsonObject { ["vi"] = "Một tiêu chí trọng yếu đỏ là đủ để đơn vị đỏ.", ["en"] = "One red critical criterion is enough to make a unit red." };
        PublishableRules.Complete(json);
        await versions.SaveDraftAsync(draft.Version, json.ToJsonString(), CancellationToken.None);
        var published = await versions.PublishAsync(draft.Version, "admin", republishHistory: true, CancellationToken.None);
        Assert.That(published.Published, Is.True, string.Join("; ", published.Errors.Select(e => e.Path + " " + e.Code)));
        _committee = await _server.LoginAsNewUserAsync("committee-method", "committee");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _committee.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> MethodologyAsync(string query)
    {
        using var response = await _committee.GetAsync("/api/v1/methodology" + query);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Criterion(JsonElement methodology, string code) =>
        methodology.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);

    [Test]
    public async Task Api_PeriodSelectsTheVersionInForce_WithC7sThresholdBasisAndReference()
    {
        var august = await MethodologyAsync("?period=2025-08");
        var october = await MethodologyAsync("?period=2025-10");

        var (old, adopted) = (Criterion(august, "C7").GetProperty("threshold"), Criterion(october, "C7").GetProperty("threshold"));
        var reference = adopted.GetProperty("reference");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((august.GetProperty("ruleSetVersion").GetInt32(), october.GetProperty("ruleSetVersion").GetInt32()), Is.EqualTo((2, 3)), "the shipped v2, then the test's adopted version");
            Assert.That((old.GetProperty("green").GetDecimal(), old.GetProperty("yellow").GetDecimal()), Is.EqualTo((95m, 80m)));
            Assert.That(old.GetProperty("greenText").GetProperty("vi").GetString(), Does.StartWith("≥ 95"));
            Assert.That((old.GetProperty("basis").GetString(), old.GetProperty("basisName").GetProperty("vi").GetString()), Is.EqualTo(("proposed", "Đề xuất")));
            Assert.That(old.GetProperty("reference").ValueKind, Is.EqualTo(JsonValueKind.Null), "the shipped v2 marks no cut official, so it names no clause: the source text and the rationale stand");
            Assert.That(old.GetProperty("source").GetString(), Is.Not.Empty);
            Assert.That((adopted.GetProperty("basis").GetString(), adopted.GetProperty("basisName").GetProperty("en").GetString()), Is.EqualTo(("adopted", "Adopted by the city")));
            Assert.That((reference.GetProperty("document").GetString(), reference.GetProperty("dateText").GetString(), reference.GetProperty("clause").GetString()),
                Is.EqualTo(("Quyết định 1234/QĐ-UBND", "20/08/2025", "Điều 2, khoản 1")));
            Assert.That(Criterion(october, "C7").GetProperty("isCritical").GetBoolean(), Is.True);
            Assert.That(october.GetProperty("overall").GetProperty("rationale").GetProperty("en").GetString(), Is.EqualTo("One red critical criterion is enough to make a unit red."));
            Assert.That(october.GetProperty("overall").GetProperty("redCriteriaForRed").GetInt32(), Is.GreaterThan(0));
            Assert.That(october.GetProperty("boundary").GetProperty("vi").GetString(), Does.Contain("Giá trị đúng bằng ngưỡng"));
        }
    }

    [Test]
    public async Task Api_EveryCriterionSaysHowItsValueIsComputedAndWhatMissingMeans()
    {
        var methodology = await MethodologyAsync("?period=2025-08");

        var s11 = Criterion(methodology, "S11");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(methodology.GetProperty("criteria").GetArrayLength(), Is.EqualTo(30));
            Assert.That(methodology.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("indicator").GetProperty("computation").GetProperty("vi").GetString()), Has.All.Not.Empty);
            Assert.That(methodology.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("missing").GetProperty("en").GetString()), Has.All.StartWith("Not reported:"));
            Assert.That(s11.GetProperty("overrides").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(s11.GetProperty("overrides")[0].GetProperty("appliesTo").GetProperty("vi").GetString(), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Api_DefaultsToTheNewestRatedPeriod_BadPeriodIs400_NoRulesIs404()
    {
        var latest = (await _committee.GetStringAsync("/api/v1/ratings")).Split("\"period\":\"")[1][..7];

        var byDefault = await MethodologyAsync("");
        using var bad = await _committee.GetAsync("/api/v1/methodology?period=2025-13");
        using var before = await _committee.GetAsync("/api/v1/methodology?period=2024-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byDefault.GetProperty("period").GetString(), Is.EqualTo(latest));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await before.Content.ReadAsStringAsync(), Does.Contain("detailVi"));
        }
    }

    [Test]
    public async Task RatingsAndScorecardApi_CarryTheMethodologyUrl()
    {
        var ratings = JsonDocument.Parse(await _committee.GetStringAsync("/api/v1/ratings?period=2025-08")).RootElement;
        var card = JsonDocument.Parse(await _committee.GetStringAsync("/api/v1/communes/26740/scorecard?period=2025-08")).RootElement;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ratings.GetProperty("methodology").GetString(), Is.EqualTo("/Methodology?period=2025-08"));
            Assert.That(card.GetProperty("methodology").GetString(), Is.EqualTo("/Methodology?period=2025-08"));
            Assert.That(card.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C7").GetProperty("methodology").GetString(),
                Is.EqualTo("/Methodology?period=2025-08#C7"));
        }
    }

    [Test]
    public async Task Page_RendersInVietnameseAndEnglish_WithAnchorsBasisAndReference()
    {
        var vi = await _committee.GetStringAsync("/Methodology?period=2025-10");
        using var english = await _server.LoginAsync("committee-method", "user-password-123");
        using var _ = await DashboardServer.PostFormAsync(english, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        var en = await english.GetStringAsync("/Methodology?period=2025-10");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vi, Does.Contain("<h1>Phương pháp chấm</h1>").And.Contain("id=\"C7\"").And.Contain("id=\"S21\"").And.Contain("id=\"overall\"").And.Contain("id=\"boundary\""));
            Assert.That(vi, Does.Contain("Thành phố ban hành").And.Contain("Quyết định 1234/QĐ-UBND, ngày 20/08/2025, Điều 2, khoản 1").And.Contain("Đề xuất"));
            Assert.That(vi, Does.Contain("Một tiêu chí trọng yếu đỏ là đủ để đơn vị đỏ."));
            Assert.That(en, Does.Contain("<h1>Methodology</h1>").And.Contain("Adopted by the city").And.Contain("Quyết định 1234/QĐ-UBND, of 20/08/2025, Điều 2, khoản 1"));
            Assert.That(en, Does.Contain("How a unit&#x27;s overall colour is computed").Or.Contain("How a unit's overall colour is computed"));
        }
    }

    [Test]
    public async Task Page_ShowsTheSourceTextAndTheMethodsRationale_AndBadPeriodIs400()
    {
        var methodology = await MethodologyAsync("?period=2025-08");
        var source = Criterion(methodology, "C7").GetProperty("threshold").GetProperty("source").GetString()!;

        var page = await _committee.GetStringAsync("/Methodology?period=2025-08");
        using var bad = await _committee.GetAsync("/Methodology?period=abc");
        using var anonymous = _server.CreateClient();
        using var login = await anonymous.GetAsync("/Methodology");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(WebUtility.HtmlDecode(page), Does.Contain(source));
            Assert.That(WebUtility.HtmlDecode(page), Does.Contain("chưa có văn bản công khai nào định nghĩa cách xếp mức xanh, vàng, đỏ cho cấp xã"), "the shipped v2 states why its overall method");
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(login.Headers.Location?.ToString(), Does.Contain("/Account/Login"));
        }
    }

    [Test]
    public async Task EveryColour_LinksToTheMethodology()
    {
        var overview = await _committee.GetStringAsync("/?period=2025-08");
        var league = await _committee.GetStringAsync("/LeagueTable?period=2025-08");
        var commune = await _committee.GetStringAsync("/Communes/Details/26740?period=2025-08");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(overview, Does.Contain("id=\"nav-methodology\"").And.Contain("id=\"legend-methodology\" href=\"/Methodology?period=2025-08\""));
            Assert.That(league, Does.Contain("id=\"league-methodology\" href=\"/Methodology?period=2025-08\""));
            Assert.That(commune, Does.Contain("href=\"/Methodology?period=2025-08#C7\"").And.Contain("href=\"/Methodology?period=2025-08#S21\""));
        }
    }
}
