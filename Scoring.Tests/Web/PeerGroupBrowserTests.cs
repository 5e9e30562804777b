using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The league table filtered to one peer group in a real browser, in Vietnamese and English. On the seeded data the
/// communes of 50,000 to under 100,000 residents (xa-1) are 8 units (see <see cref="PeerGroupWebTests"/>).
/// </summary>
[TestFixture]
public sealed class PeerGroupBrowserTests : BrowserFixture
{
    [Test]
    public async Task LeagueTable_PeerGroupFilter_SortedByRankInGroup_InViAndEn()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync("/LeagueTable");

        await page.SelectOptionAsync("#group-filter", "xa-1");
        await page.ClickAsync("#league-filters button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("group=xa-1", StringComparison.Ordinal));
        await page.ClickAsync("#league-table thead a[href*='sort=peerRank']");
        await page.WaitForURLAsync(url => url.Contains("sort=peerRank", StringComparison.Ordinal));

        var groupsVi = await page.Locator("#league-table tbody td.peer-group").AllInnerTextsAsync();
        var ranksVi = await page.Locator("#league-table tbody td.peer-rank").AllInnerTextsAsync();
        var typesVi = await page.Locator("#league-table tbody tr td:nth-child(3)").AllInnerTextsAsync();
        var sortedVi = await page.Locator("#league-table thead th[aria-sort=ascending]").InnerTextAsync();
        var noteVi = await page.InnerTextAsync("#peer-note");
        await Support.Browser.ScreenshotAsync(page, "peers-league");

        await page.ClickAsync("#language-switch");
        await page.WaitForSelectorAsync("html[lang=en]");
        var selectedEn = await page.Locator("#group-filter").InputValueAsync();
        var ranksEn = await page.Locator("#league-table tbody td.peer-rank").AllInnerTextsAsync();
        var groupsEn = await page.Locator("#league-table tbody td.peer-group").AllInnerTextsAsync();
        var sortedEn = await page.Locator("#league-table thead th[aria-sort=ascending]").InnerTextAsync();
        var noteEn = await page.InnerTextAsync("#peer-note");
        await Support.Browser.ScreenshotAsync(page, "peers-league-en");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ranksVi, Is.EqualTo(Enumerable.Range(1, 8).Select(r => $"{r}/8")));
            Assert.That(groupsVi, Has.Count.EqualTo(8).And.All.EqualTo("Xã, 50.000 đến dưới 100.000 dân"));
            Assert.That(typesVi, Has.All.EqualTo("Xã"));
            Assert.That(sortedVi, Does.Contain("Hạng trong nhóm").And.Contain("▲"));
            Assert.That(noteVi, Does.Contain("dưới 50.000 dân; 50.000 đến dưới 100.000 dân; từ 100.000 dân").And.Contain("dưới 5 đơn vị"));
            Assert.That(selectedEn, Is.EqualTo("xa-1"), "the filter survives the language switch");
            Assert.That(ranksEn, Is.EqualTo(Enumerable.Range(1, 8).Select(r => $"{r} of 8")));
            Assert.That(groupsEn, Has.All.EqualTo("Communes, 50,000 to under 100,000 residents"));
            Assert.That(sortedEn, Does.Contain("Rank in group").And.Contain("▲"));
            Assert.That(noteEn, Does.Contain("under 50,000 residents").And.Contain("fewer than 5 units"));
        }

        await page.Context.CloseAsync();
    }
}
