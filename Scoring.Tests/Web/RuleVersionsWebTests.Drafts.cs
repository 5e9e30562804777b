using System.Net;
using System.Text;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Drafts in the browser's forms: saving broken drafts, emptied text, golden cases, uploads.</summary>
public sealed partial class RuleVersionsWebTests
{
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
            Assert.That(html, Does.Contain("data-path=\"$.criteria[7].threshold.yellow\" data-code=\"threshold.yellowWrongSide\""));
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

        var cases = Scoring.Engine.ShippedRules.Read().RuleSet!.Cases.Count;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(CountOf(pass, "data-passed=\"true\""), Is.EqualTo(cases));
            Assert.That(pass, Does.Contain($"{cases}/{cases} ca đạt"));
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
}
