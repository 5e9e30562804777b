using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The Methodology page in a real browser: read in Vietnamese and English, reached from a commune's criterion.</summary>
[TestFixture]
public sealed class MethodologyBrowserTests : BrowserFixture
{
    [Test]
    public async Task Methodology_InViAndEn_AndFromACommunesCriterionToItsAnchor()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        await page.ClickAsync("#nav-methodology");
        await page.WaitForSelectorAsync("#methodology");
        var headingVi = await page.InnerTextAsync("h1");
        var c7Vi = await page.InnerTextAsync("#C7");
        await Support.Browser.ScreenshotAsync(page, "methodology-vi", fullPage: false);
        await Support.Browser.ScreenshotAsync(page, "methodology-vi");
        await page.Locator("#C2").ScreenshotAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "methodology-c2.png") });
        await page.Locator("#overall").ScreenshotAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "methodology-overall.png") });

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        var printed = (Nav: await page.IsVisibleAsync("nav.main-nav"), Picker: await page.IsVisibleAsync("#period-form"), C7: await page.IsVisibleAsync("#C7"));
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Screen });

        await page.ClickAsync("#language-switch");
        await page.WaitForSelectorAsync("html[lang=en]");
        var headingEn = await page.InnerTextAsync("h1");
        var c7En = await page.InnerTextAsync("#C7");
        await Support.Browser.ScreenshotAsync(page, "methodology-en");

        await page.GotoAsync("/Communes/Details/26740");
        await page.ClickAsync("#criteria tr[data-criterion=C7] a.criterion-method");
        await page.WaitForURLAsync(url => url.Contains("/Methodology", StringComparison.Ordinal) && url.EndsWith("#C7", StringComparison.Ordinal));
        var targeted = await page.EvaluateAsync<string>("() => document.querySelector(':target')?.id ?? ''");
        var inView = await page.EvaluateAsync<bool>("() => { const r = document.getElementById('C7').getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(headingVi, Is.EqualTo("Phương pháp chấm"));
            Assert.That(printed, Is.EqualTo((false, false, true)), "printed: no navigation or period picker, the criteria stay");
            Assert.That(c7Vi, Does.Contain("C7").And.Contain("Ngưỡng").And.Contain("Xanh ≥ 95").And.Contain("Đề xuất").And.Contain("Khi không báo cáo"));
            Assert.That(headingEn, Is.EqualTo("Methodology"));
            Assert.That(c7En, Does.Contain("Thresholds").And.Contain("Green ≥ 95").And.Contain("Proposed").And.Contain("When not reported"));
            Assert.That((targeted, inView), Is.EqualTo(("C7", true)));
        }

        await page.Context.CloseAsync();
    }
}
