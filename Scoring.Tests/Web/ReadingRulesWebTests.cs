using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Reading rules edited on the site over real HTTP: a phrase an analyst adds is used by the next read; a broken file is
/// refused with its paths and nothing changes; the rating rule sets and stored ratings never change; a steward cannot edit.
/// </summary>
public sealed class ReadingRulesWebTests
{
    private const string Page = "/Rules/Reading";
    private DashboardServer _server = null!;
    private HttpClient _analyst = null!;
    private HttpClient _steward = null!;
    private int _uploads;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartInProcessAsync();
        _analyst = await _server.LoginAsNewUserAsync("analyst7", UserRoles.Analyst);
        _steward = await _server.LoginAsNewUserAsync("steward7", UserRoles.Steward);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _analyst.Dispose();
        _steward.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task BrokenFile_IsRefusedWithEveryPath_AndNothingChanges()
    {
        var repository = _server.Services.GetRequiredService<ReadingRulesRepository>();
        var before = await FingerprintAsync();
        var latestBefore = await repository.LatestAsync(CancellationToken.None);
        var broken = ReadingRules.ShippedJson
            .Replace("\"tasks\": [\"C7\"], \"shape\": \"yesNo\", \"any\": [\"sao lưu\"]", "\"tasks\": [\"C99\"], \"shape\": \"yesNo\"", StringComparison.Ordinal);
        Assert.That(broken, Is.Not.EqualTo(ReadingRules.ShippedJson), "the test edits the BACKUPS_DONE line");

        using var response = await DashboardServer.PostFormAsync(_analyst, Page + "?handler=Save", new() { ["JsonText"] = broken }, Page);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var notJson = await DashboardServer.PostFormAsync(_analyst, Page + "?handler=Save", new() { ["JsonText"] = "{ \"id\": " }, Page);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(html, Does.Contain("id=\"reading-errors\"").And.Contain("2 lỗi"));
            Assert.That(html, Does.Contain("data-path=\"$.indicators[12].tasks\"").And.Contain("data-path=\"$.indicators[12].any\""));
            Assert.That(notJson.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(await repository.LatestAsync(CancellationToken.None), Is.EqualTo(latestBefore), "no version is stored");
            Assert.That(await FingerprintAsync(), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task AnalystAddsAPhrase_TheNextReadProposesAValue_RatingsUnchanged()
    {
        var report = SampleReportKey.Clean.Replace("được sao lưu định kỳ", "được backup định kỳ", StringComparison.Ordinal);
        var beforeEdit = await ProposalAsync(report, "BACKUPS_DONE");
        var ratingsBefore = await FingerprintAsync();
        var edited = ReadingRules.ShippedJson.Replace("\"any\": [\"sao lưu\"]", "\"any\": [\"sao lưu\", \"backup\"]", StringComparison.Ordinal);

        using var validate = await DashboardServer.PostFormAsync(_analyst, Page + "?handler=Validate", new() { ["JsonText"] = edited }, Page);
        using var save = await DashboardServer.PostFormAsync(_analyst, Page + "?handler=Save", new() { ["JsonText"] = edited }, Page);
        var saved = WebUtility.HtmlDecode(await save.Content.ReadAsStringAsync());
        var afterEdit = await ProposalAsync(report, "BACKUPS_DONE");
        var audit = await _server.Services.GetRequiredService<AuditLogRepository>().ListForActionPrefixAsync("readingrules.", 5, CancellationToken.None);
        using var admin = await _server.LoginAsync();
        var reportsPage = await admin.GetStringAsync("/Data/Reports");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeEdit.Value, Is.Null, "the shipped rules do not know \"backup\"");
            Assert.That(validate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(saved, Does.Contain("id=\"reading-message\"").And.Contain("phiên bản 2"));
            Assert.That(afterEdit.Value, Is.EqualTo("có"));
            Assert.That(afterEdit.RulesVersion, Is.EqualTo(2));
            Assert.That(audit, Has.Count.EqualTo(1));
            Assert.That(audit[0].BeforeSha256, Is.EqualTo(Sha256Hex.Of(ReadingRules.ShippedJson)));
            Assert.That(audit[0].AfterSha256, Is.EqualTo(Sha256Hex.Of(edited)));
            Assert.That(await FingerprintAsync(), Is.EqualTo(ratingsBefore), "rule set hashes and stored ratings are unchanged");
            Assert.That(reportsPage, Does.Contain("id=\"reading-rules-link\""));
        }
    }

    [Test]
    public async Task Steward_CannotEdit()
    {
        using var get = await _steward.GetAsync(Page);
        using var post = await _steward.PostAsync(Page + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string> { ["JsonText"] = "{}" }));
        var reportsPage = await _steward.GetStringAsync("/Data/Reports");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(get.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect));
            Assert.That(post.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.BadRequest));
            Assert.That(reportsPage, Does.Not.Contain("id=\"reading-rules-link\""));
        }
    }

    private async Task<(string? Value, int RulesVersion)> ProposalAsync(string text, string code)
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text + new string('\n', ++_uploads)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var form = new MultipartFormDataContent { { file, "file", "tan-dinh.txt" } };
        form.Add(new StringContent("2025-09"), "period");
        using var upload = await client.PostAsync("/api/v1/imports/report", form);
        var reports = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var id = reports[0].GetProperty("id").GetInt64();
        var stored = await _server.Services.GetRequiredService<NarrativeReportRepository>().FindAsync(id, CancellationToken.None);
        var proposal = reports[0].GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("indicatorCode").GetString() == code);
        return (proposal.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null, stored!.RulesVersion);
    }

    /// <summary>Every rule set version's hash and every stored rating, as one text.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var connection = await _server.Services.GetRequiredService<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        var rules = await connection.QueryAsync<string>("SELECT RuleSetId || ':' || Version || ':' || Sha256 || ':' || Status FROM RuleSetVersion ORDER BY RuleSetId, Version");
        var ratings = await connection.QueryAsync("SELECT * FROM RatingSnapshot ORDER BY 1");
        return string.Join("\n", rules) + "\n" + JsonSerializer.Serialize(ratings.Select(r => (IDictionary<string, object>)r));
    }
}
