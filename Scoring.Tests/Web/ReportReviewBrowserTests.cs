using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Playwright;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>A steward reads a unit's narrative report in a real browser: upload, review, confirm.</summary>
[TestFixture]
public sealed class ReportReviewBrowserTests : BrowserFixture
{
    [Test]
    public async Task UploadReviewConfirm_InTheBrowser()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync("/Data/Reports");
        await page.SetInputFilesAsync("#report-file", new FilePayload
        {
            Name = "tan-dinh-2025-09.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(SampleReportKey.Ocr),
        });
        await page.ClickAsync("#report-submit");
        await page.WaitForSelectorAsync("#proposals");

        var rows = await page.Locator("#proposals tbody tr").CountAsync();
        var marked = await page.Locator("#proposals tr[data-code=AV_UPDATED_MACHINES] mark").InnerTextAsync();
        await Support.Browser.ScreenshotAsync(page, "report-review", fullPage: false);
        await page.Locator("#proposals tr[data-code=BACKUPS_DONE] input[type=checkbox]").UncheckAsync();
        await page.ClickAsync("#review-confirm");
        await page.WaitForSelectorAsync("#report-confirmed");
        var summary = await page.Locator("#import-summary").InnerTextAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows, Is.GreaterThanOrEqualTo(35));
            Assert.That(marked, Does.Contain("52").And.Contain("49"));
            Assert.That(summary, Is.Not.Empty);
        }

        await page.Context.CloseAsync();
    }
}
