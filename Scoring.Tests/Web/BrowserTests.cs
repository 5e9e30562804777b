using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>What a committee member does in a meeting, in a real browser against the real app.</summary>
[TestFixture]
public sealed class BrowserTests
{
    private DashboardServer _server = null!;
    private Support.Browser _browser = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync();
        _browser = await Support.Browser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Test]
    public async Task Overview_AfterLogin_Shows168ShapesWithALegend()
    {
        var page = await _browser.LoginAsync(_server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        var shapes = await page.Locator("#commune-map .unit").CountAsync();
        var legend = await page.Locator("#map-legend li").AllInnerTextsAsync();
        await Support.Browser.ScreenshotAsync(page, "overview");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shapes, Is.EqualTo(168));
            Assert.That(string.Join("|", legend), Does.Contain("Xanh").And.Contain("Vàng").And.Contain("Đỏ").And.Contain("Chưa có dữ liệu"));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task LeagueTable_SearchWithoutDiacritics_FindsThuDuc()
    {
        var page = await _browser.LoginAsync(_server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync("/LeagueTable");
        await Support.Browser.ScreenshotAsync(page, "league-table", fullPage: false);

        await page.FillAsync("#search", "thu duc");
        await page.ClickAsync("#league-filters button[type=submit]");
        var names = await page.Locator("#league-table tbody tr td:nth-child(2)").AllInnerTextsAsync();

        Assert.That(names, Has.Some.Contains("Thủ Đức"));
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task YellowCommune_FromTheMap_ExplainsWhyAndThePathToGreen()
    {
        var page = await _browser.LoginAsync(_server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        await page.Locator("#commune-map a.unit[data-rating=yellow]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Communes/Details/", StringComparison.Ordinal));
        var reason = await page.InnerTextAsync("#overall-reason");
        var steps = await page.Locator("#path-to-green li").AllInnerTextsAsync();
        await Support.Browser.ScreenshotAsync(page, "commune", fullPage: false);
        await Support.Browser.ScreenshotAsync(page, "commune-full");
        await page.Locator("#criteria").ScreenshotAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "commune-criteria.png") });
        await page.Locator("#criterion-trends").ScreenshotAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "commune-trends.png") });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await page.Locator("#overall .badge").First.GetAttributeAsync("data-rating"), Is.EqualTo("yellow"));
            Assert.That(reason, Does.StartWith("Vàng:"));
            Assert.That(steps, Is.Not.Empty);
            Assert.That(steps, Has.All.Match("^[CS]\\d+ · .+: .+để đạt mức xanh"));
        }

        await page.Context.CloseAsync();
    }
}
