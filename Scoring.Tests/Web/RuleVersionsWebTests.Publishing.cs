using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Publishing (admins only, atomic, audited) and who may reach the rules pages and API at all.</summary>
public sealed partial class RuleVersionsWebTests
{
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
            Assert.That(refusal.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()), Does.Contain("$.criteria[7].threshold.yellow"));
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
        foreach (var (method, url) in new[] { ("GET", "/api/v1/rules/versions"), ("GET", "/api/v1/rules/versions/2/diff?against=2"), ("GET", "/api/v1/rules/jobs/1"),
            ("POST", "/api/v1/rules/simulate"), ("POST", "/api/v1/rules/versions/2/publish") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST")
            {
                request.Content = new StringContent("""{"version": 2}""", Encoding.UTF8, "application/json");
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
