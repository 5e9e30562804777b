using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The month's report checklist and the reading-rules editor in a real browser, the comparison of two reading-rule
/// versions, and the review page's warning about proposals the rule set in force does not rate.
/// </summary>
[TestFixture]
public sealed class ReportPagesBrowserTests : BrowserFixture
{
    private const string TanDinh = "26737";
    private const string Period = "2025-09";

    private protected override async Task OnServerStartedAsync()
    {
        using var api = await Server.CreateTokenClientAsync(UserRoles.Steward);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(SampleReportKey.Clean + "\n(checklist)\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", "tan-dinh-2025-09.txt");
        using var response = await api.PostAsync("/api/v1/imports/report", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Checklist_CountsFiltersAndOpensTheReport()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync($"/Data/ReportChecklist?period={Period}");
        var allRows = await page.Locator("#checklist-table tbody tr").CountAsync();
        var uploadedBadge = await page.Locator("#checklist-counts [data-status=uploaded]").InnerTextAsync();

        await page.SelectOptionAsync("#checklist-status", "uploaded");
        await page.ClickAsync("#checklist-filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("status=uploaded", StringComparison.Ordinal));
        var uploadedRows = await page.Locator("#checklist-table tbody tr").CountAsync();
        var uploadedCode = await page.Locator("#checklist-table tbody tr").First.GetAttributeAsync("data-code");

        await page.SelectOptionAsync("#checklist-status", "missing");
        await page.FillAsync("#checklist-search", "tan dinh");
        await page.ClickAsync("#checklist-filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("status=missing", StringComparison.Ordinal));
        var missingTanDinh = await page.Locator($"#checklist-table tr[data-code='{TanDinh}']").CountAsync();
        await Support.Browser.ScreenshotAsync(page, "report-checklist", fullPage: false);

        await page.GotoAsync($"/Data/ReportChecklist?period={Period}&status=uploaded");
        await page.Locator($"#checklist-table tr[data-code='{TanDinh}'] a").ClickAsync();
        await page.WaitForSelectorAsync("#proposals");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(allRows, Is.EqualTo(168));
            Assert.That(uploadedBadge, Does.EndWith(": 1"));
            Assert.That((uploadedRows, uploadedCode), Is.EqualTo((1, TanDinh)));
            Assert.That(missingTanDinh, Is.Zero, "Tân Định has reported: not among the missing, found without diacritics or not");
            Assert.That(page.Url, Does.Contain("/Data/ReportReview/"));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task ReadingEditor_RefusesABrokenFile_SavesAValidOne_AndComparesVersions()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync("/Rules/Reading");
        var json = await page.InputValueAsync("#reading-json");

        await page.FillAsync("#reading-json", json.Replace("\"tasks\": [\"C7\"], \"shape\": \"yesNo\"", "\"tasks\": [\"C99\"], \"shape\": \"yesNo\"", StringComparison.Ordinal));
        await page.ClickAsync("#reading-validate");
        await page.WaitForSelectorAsync("#reading-errors");
        var errorPath = await page.Locator("#reading-errors tr.reading-error").First.GetAttributeAsync("data-path");

        var edited = json.Replace("\"any\": [\"sao lưu\"]", "\"any\": [\"sao lưu\", \"dự phòng dữ liệu\"]", StringComparison.Ordinal);
        Assert.That(edited, Is.Not.EqualTo(json), "the test adds a phrase to BACKUPS_DONE");
        await page.FillAsync("#reading-json", edited);
        await page.ClickAsync("#reading-save");
        await page.WaitForSelectorAsync("#reading-message");
        var saved = await page.InputValueAsync("#reading-json");
        var latest = await Server.Services.GetRequiredService<ReadingRulesRepository>().LatestAsync(CancellationToken.None);

        await page.ClickAsync("#reading-compare-link");
        await page.WaitForSelectorAsync("#reading-diff");
        var changed = await page.Locator("#reading-diff tr[data-code=BACKUPS_DONE][data-field=any] .phrases-added").InnerTextAsync();
        await Support.Browser.ScreenshotAsync(page, "reading-rules-compare", fullPage: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errorPath, Does.StartWith("$.indicators[").And.EndWith("].tasks"));
            Assert.That(saved, Does.Contain("dự phòng dữ liệu"));
            Assert.That(latest?.JsonText, Does.Contain("dự phòng dữ liệu"));
            Assert.That(changed, Does.Contain("dự phòng dữ liệu"));
            Assert.That(changed, Does.Not.Contain("sao lưu"), "only what was added");
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task ReviewPage_WarnsAboutIndicatorsTheRuleSetInForceDoesNotRate()
    {
        var rules = Server.Services.GetRequiredService<ReadingRulesRepository>();
        var current = (await rules.LatestAsync(CancellationToken.None))?.JsonText ?? ReadingRules.ShippedJson;
        var withExtra = current.Replace("\"indicators\": [", "\"indicators\": [\n    { \"code\": \"REPORT_ONLY_MACHINES\", \"tasks\": [\"C7\"], \"shape\": \"ratio\", \"patterns\": [{ \"unit\": [\"máy\"] }] },", StringComparison.Ordinal);
        Assert.That(await rules.SaveAsync(withExtra, "analyst-test", DateTimeOffset.UtcNow, CancellationToken.None), Is.Not.Null);
        using var steward = await Server.LoginAsync();

        var (url, html) = await ReportReaderWebTests.UploadAsync(steward, "canh-bao.txt", Encoding.UTF8.GetBytes(SampleReportKey.Clean + "\n(warning)\n"));
        var again = WebUtility.HtmlDecode(await steward.GetStringAsync(url));
        var compare = WebUtility.HtmlDecode(await steward.GetStringAsync("/Rules/ReadingCompare"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("id=\"not-in-rules\"").And.Contain("REPORT_ONLY_MACHINES"));
            Assert.That(html, Does.Contain("phiên bản 2"), "names the rule set version in force for September 2025");
            Assert.That(html, Does.Not.Match("id=\"not-in-rules\"[^<]*<p>[^<]*</p>\\s*<p><code>[^<]*AV_UPDATED_MACHINES"), "rated indicators are not listed");
            Assert.That(html, Does.Contain("class=\"not-in-rules\""));
            Assert.That(again, Does.Contain("id=\"not-in-rules\""), "the warning stays on every visit");
            Assert.That(compare, Does.Contain("class=\"diff-added\" data-code=\"REPORT_ONLY_MACHINES\""));
        }
    }
}
