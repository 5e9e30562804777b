using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Playwright;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The print stylesheet in Chromium with print media emulated (issue 28): the overview, the league table and a commune's
/// scorecard carry the stamp (period, rule set version, data snapshot, printed time, demo label), drop the navigation,
/// filters and buttons, and draw each rating with its own border style so it reads in black and white.
/// </summary>
[TestFixture]
public sealed class PrintBrowserTests : BrowserFixture
{
    [TestCase("/")]
    [TestCase("/LeagueTable")]
    [TestCase("/Communes/Details/26740")]
    public async Task Print_Page_CarriesTheStampAndDropsTheControls(string path)
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync(path);
        var onScreen = await page.IsVisibleAsync("#print-stamp");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var stamp = await page.InnerTextAsync("#print-stamp");
        var printed = (Stamp: await page.IsVisibleAsync("#print-stamp"), Nav: await page.IsVisibleAsync("nav.main-nav"), Print: await page.IsVisibleAsync("[data-print]"));
        var borders = await page.EvaluateAsync<string[]>(
            "() => ['red', 'yellow', 'green'].map(c => { const b = document.querySelector('.badge.' + c); return b ? c + ':' + getComputedStyle(b).borderTopStyle : ''; }).filter(x => x)");
        await page.PdfAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "print" + path.Replace('/', '-') + ".pdf"), Format = "A4" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(onScreen, Is.False, "the stamp is for paper only");
            Assert.That(printed, Is.EqualTo((true, false, false)), "printed: the stamp, no navigation, no buttons");
            Assert.That(stamp, Does.Contain("Kỳ báo cáo").And.Contain("tháng ").And.Contain("Bộ quy tắc chấm điểm, phiên bản").And.Contain("Ảnh chụp dữ liệu").And.Contain("In lúc"));
            Assert.That(stamp, Does.Contain("Dữ liệu minh họa"));
            Assert.That(borders, Is.Not.Empty);
            Assert.That(borders, Is.SubsetOf(new[] { "red:double", "yellow:dashed", "green:solid" }), "each colour its own border style");
        }

        await page.Context.CloseAsync();
    }
}
