using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The JSON API over real HTTP, authenticated the way the IOC calls it: Authorization: Bearer.</summary>
[TestFixture]
public sealed class ApiTests
{
    private DashboardServer _server = null!;
    private HttpClient _ioc = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartInProcessAsync();
        _ioc = await _server.CreateTokenClientAsync(UserRoles.Committee, null);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _ioc.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Communes_ListsThe168Units()
    {
        using var json = await GetJsonAsync(_ioc, "/api/v1/communes");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetArrayLength(), Is.EqualTo(168));
            Assert.That(json.RootElement.EnumerateArray().Select(c => c.GetProperty("fullName").GetString()), Does.Contain("Phường Sài Gòn"));
        }
    }

    [Test]
    public async Task Ratings_Period_GivesEveryUnitAColourAndTheRuleSetVersion()
    {
        using var json = await GetJsonAsync(_ioc, "/api/v1/ratings?period=2025-08");
        var ratings = json.RootElement.GetProperty("ratings").EnumerateArray().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("period").GetString(), Is.EqualTo("2025-08"));
            Assert.That(ratings, Has.Count.EqualTo(168));
            Assert.That(ratings.Select(r => r.GetProperty("overall").GetString()), Has.All.AnyOf("green", "yellow", "red", "noData"));
            Assert.That(ratings.Select(r => r.GetProperty("overall").GetString()).Distinct().Count(), Is.GreaterThan(1));
            Assert.That(ratings.Where(r => r.GetProperty("overall").GetString() != "noData").Select(r => r.GetProperty("ruleSetVersion").GetInt32()), Has.All.EqualTo(DashboardKpi.Scoring.Engine.ShippedRules.Read().RuleSet!.Version));
        }
    }

    [TestCase("2025-13")]
    [TestCase("2025-7")]
    [TestCase("abc")]
    [TestCase("'; DROP TABLE Commune;--")]
    public async Task Ratings_BadPeriod_Is400WithAMessage(string period)
    {
        using var response = await _ioc.GetAsync("/api/v1/ratings?period=" + Uri.EscapeDataString(period));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("yyyy-MM"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("không hợp lệ"));
        }
    }

    [TestCase("99999")]
    [TestCase("abc")]
    [TestCase("%E2%80%8B")]
    [TestCase("..%2F..%2Fetc")]
    public async Task Scorecard_UnknownCode_Is404WithAClearMessage(string code)
    {
        using var response = await _ioc.GetAsync($"/api/v1/communes/{code}/scorecard");
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(body, Does.Contain("/api/v1/communes"));
        }
    }

    [Test]
    public async Task Scorecard_YellowUnit_ExplainsEveryCriterionAndThePathToGreen()
    {
        using var ratings = await GetJsonAsync(_ioc, "/api/v1/ratings?period=2025-08");
        var yellow = ratings.RootElement.GetProperty("ratings").EnumerateArray().First(r => r.GetProperty("overall").GetString() == "yellow").GetProperty("communeCode").GetString();

        using var card = await GetJsonAsync(_ioc, $"/api/v1/communes/{yellow}/scorecard?period=2025-08");
        var criteria = card.RootElement.GetProperty("criteria").EnumerateArray().ToList();
        var path = card.RootElement.GetProperty("pathToGreen").EnumerateArray().ToList();
        var notGreen = criteria.Where(c => c.GetProperty("rating").GetString() is "yellow" or "red").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(card.RootElement.GetProperty("overall").GetString(), Is.EqualTo("yellow"));
            Assert.That(card.RootElement.GetProperty("reason").GetProperty("vi").GetString(), Does.StartWith("Vàng"));
            Assert.That(card.RootElement.GetProperty("reason").GetProperty("en").GetString(), Does.StartWith("Yellow"));
            Assert.That(criteria, Has.Count.EqualTo(30));
            Assert.That(notGreen.Select(c => c.GetProperty("gaps").GetArrayLength()), Has.All.GreaterThan(0));
            Assert.That(path, Is.Not.Empty);
            Assert.That(path.Select(p => p.GetProperty("gap").GetProperty("action").GetProperty("vi").GetString()), Has.All.Contains("để đạt mức xanh"));
            Assert.That(criteria.Select(c => c.GetProperty("source").GetString()).OfType<string>(), Has.All.EqualTo("demo"), "every reported value is demo data");
        }
    }

    [Test]
    public async Task Scorecard_ChairToken_SeesOnlyItsOwnUnit()
    {
        using var chair = await _server.CreateTokenClientAsync(UserRoles.Chair, "26740");

        using var own = await chair.GetAsync("/api/v1/communes/26740/scorecard");
        using var other = await chair.GetAsync("/api/v1/communes/25747/scorecard");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
    }

    [Test]
    public async Task Api_UnknownToken_Is401()
    {
        using var client = _server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "dk_not-a-token");

        using var response = await client.GetAsync("/api/v1/ratings");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Api_LoginCookie_IsAcceptedToo()
    {
        using var admin = await _server.LoginAsync();

        using var response = await admin.GetAsync("/api/v1/ratings");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OpenApi_Document_DescribesTheEndpoints()
    {
        using var json = await GetJsonAsync(_ioc, "/openapi/v1.json");
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.SupersetOf(new[] { "/api/v1/communes", "/api/v1/ratings", "/api/v1/communes/{code}/scorecard" }));
    }

    [Test]
    public async Task OpenApi_Document_DescribesAPeriodAsAString()
    {
        using var json = await GetJsonAsync(_ioc, "/openapi/v1.json");
        var schemas = json.RootElement.GetProperty("components").GetProperty("schemas");
        var period = schemas.GetProperty("RatingsDto").GetProperty("properties").GetProperty("period");
        var optional = schemas.GetProperty("ActionDto").GetProperty("properties").GetProperty("verifiedPeriod");
        var listed = schemas.GetProperty("ImportSummaryDto").GetProperty("properties").GetProperty("periods").GetProperty("items");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(period.GetProperty("pattern").GetString(), Is.EqualTo("^[0-9]{4}-[0-9]{2}$"));
            Assert.That(period.TryGetProperty("properties", out _), Is.False);
            Assert.That(optional.GetProperty("type").EnumerateArray().Select(t => t.GetString()), Is.EquivalentTo(new[] { "string", "null" }));
            Assert.That(optional.GetProperty("pattern").GetString(), Is.EqualTo("^[0-9]{4}-[0-9]{2}$"));
            Assert.That(listed.GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(schemas.TryGetProperty("Period", out _), Is.False, "no object schema of its own");
        }
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
