using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>What a committee member does in a meeting, in a real browser against the real app.</summary>
[TestFixture]
public sealed class BrowserTests : BrowserFixture
{
    [Test]
    public async Task Overview_AfterLogin_Shows168ShapesWithALegend()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

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
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
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
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

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
            Assert.That(steps, Has.All.Match(@"^[CS]\d+(\.KQ)? · .+: .+để đạt mức xanh"));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Pages_UnderTheContentSecurityPolicy_LogNoConsoleErrors()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(page.Url + ": " + message.Text);
            }
        };

        foreach (var path in new[] { "/", "/LeagueTable", "/Communes/Details/26740", "/Data/Upload", "/Admin/Users" })
        {
            await page.GotoAsync(path);
        }

        Assert.That(errors, Is.Empty);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Map_KeyboardFocus_NamesTheUnitInTheCaption()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        await page.Locator("#commune-map a.unit").First.FocusAsync();
        var caption = await page.InnerTextAsync("#map-caption");
        var label = await page.Locator("#commune-map a.unit").First.GetAttributeAsync("aria-label");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(label, Does.Match("^(Phường|Xã|Đặc khu) .+: (Xanh|Vàng|Đỏ|Chưa có dữ liệu)$"));
            Assert.That(caption, Does.Contain(label!));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Map_UnitInTheZoom_IsTheMainOutlineReusedNamedOnHoverAndOpensTheUnit()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        // A zoomed unit whose middle is not covered by a neighbour or clipped by the frame, so the mouse lands on it.
        var code = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('#commune-map .zoom a.unit-zoom')].map(a => {
                const r = a.getBoundingClientRect();
                const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                return hit && a.contains(hit) ? a.getAttribute('href').match(/Details\/(\d+)/)[1] : null;
            }).find(c => c)
            """);
        var zoomed = page.Locator($"#commune-map .zoom a.unit-zoom[href^='/Communes/Details/{code}?']");
        var title = await zoomed.Locator("title").TextContentAsync();

        await zoomed.HoverAsync();
        var caption = await page.InnerTextAsync("#map-caption");
        var stroke = await zoomed.Locator("use").EvaluateAsync<string>("u => getComputedStyle(u).stroke");
        await Support.Browser.ScreenshotAsync(page, "map-zoom-hover", fullPage: false);
        var outlines = (await zoomed.Locator("use").GetAttributeAsync("href"), await page.Locator($"#commune-map a.unit[data-code='{code}'] use").GetAttributeAsync("href"));
        await zoomed.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Communes/Details/" + code, StringComparison.Ordinal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(title, Does.Match("^(Phường|Xã) .+: (Xanh|Vàng|Đỏ|Chưa có dữ liệu)$"));
            Assert.That(caption, Does.Contain(title!));
            Assert.That(stroke, Is.EqualTo("rgb(17, 17, 17)"), "highlighted like a unit on the main map");
            Assert.That(outlines, Is.EqualTo(("#u-" + code, "#u-" + code)), "one outline, placed on the map and in the zoom");
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task LanguageSwitch_ToEnglish_TranslatesPagesAndFormats()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        await page.ClickAsync("#language-switch");
        await page.WaitForSelectorAsync("html[lang=en]");
        var heading = await page.InnerTextAsync("h1");
        await page.Locator("#commune-map a.unit[data-rating=yellow]").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Communes/Details/", StringComparison.Ordinal));
        var reason = await page.InnerTextAsync("#overall-reason");
        var path = await page.InnerTextAsync("#path-heading");
        await Support.Browser.ScreenshotAsync(page, "commune-en", fullPage: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(heading, Is.EqualTo("Overview of the 168 commune-level units"));
            Assert.That(reason, Does.StartWith("Yellow:"));
            Assert.That(path, Is.EqualTo("Path to green"));
            Assert.That(await page.InnerTextAsync("#language-switch"), Is.EqualTo("Tiếng Việt"));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Steward_UploadsAFile_SeesItsSummary()
    {
        await EnsureUserAsync("steward-browser", UserRoles.Steward);
        var page = await Chromium.LoginAsync(Server.BaseAddress, "steward-browser", "user-password-123");
        var file = Path.Combine(Path.GetTempPath(), "bao-cao-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await File.WriteAllTextAsync(file, "commune_code,period,indicator_code,value\n26740,2025-09,ONLINE_DOSSIERS,1117\n26740,2025-09,AV_UPDATED_MACHINES,17/40\n26740,2025-09,AV_UPDATED_MACHINES,18/40\n");

        await page.ClickAsync("nav.main-nav >> text=Dữ liệu");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("#upload-submit");
        await page.WaitForSelectorAsync("#import-summary", new() { Timeout = 30_000 });
        await Support.Browser.ScreenshotAsync(page, "upload-summary", fullPage: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await page.GetAttributeAsync("#import-summary", "data-status"), Is.EqualTo("succeeded"));
            Assert.That(await page.InnerTextAsync("#count-imported"), Is.EqualTo("2"));
            Assert.That(await page.InnerTextAsync("#count-quarantined"), Is.EqualTo("1"), "the second 'AV_UPDATED_MACHINES' row repeats the first");
            Assert.That(await page.InnerTextAsync("#quarantine-reasons"), Does.Contain("row.duplicate"));
        }

        await page.ClickAsync("#rejected-link");
        Assert.That(await page.InnerTextAsync("#rejected-rows"), Does.Contain("Giá trị này đã có ở dòng"));
        File.Delete(file);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Steward_FileOverTheLimit_IsRefusedInTheBrowserBeforeSending()
    {
        await EnsureUserAsync("steward-browser", UserRoles.Steward);
        var page = await Chromium.LoginAsync(Server.BaseAddress, "steward-browser", "user-password-123");
        var file = Path.Combine(Path.GetTempPath(), "bao-cao-200mb-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await using (var sparse = File.Create(file))
        {
            sparse.SetLength(200L * 1024 * 1024); // sparse on disk: 200 MB long, nothing allocated
        }

        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await page.GotoAsync("/Data/Upload");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("#upload-submit");
        await page.WaitForSelectorAsync("#upload-too-large:not([hidden])");
        await Support.Browser.ScreenshotAsync(page, "upload-too-large", fullPage: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await page.InnerTextAsync("#upload-too-large"), Does.Contain("lớn hơn giới hạn 20 MB").And.Contain("(200 MB)"));
            Assert.That(await page.InnerTextAsync("#upload-limit"), Does.Contain("20 MB"));
            Assert.That(await page.IsHiddenAsync("#upload-busy"), Is.True);
            Assert.That(posts, Is.Zero, "nothing was sent");
        }

        File.Delete(file);
        await page.Context.CloseAsync();
    }

    [TestCase("/Rules/Index")]
    [TestCase("/hangfire")]
    [TestCase("/Admin/Users")]
    public async Task Steward_RulesHangfireAndAdmin_AreRefused(string path)
    {
        await EnsureUserAsync("steward-browser", UserRoles.Steward);
        var page = await Chromium.LoginAsync(Server.BaseAddress, "steward-browser", "user-password-123");

        var response = await page.GotoAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response!.Status, Is.EqualTo(403));
            Assert.That(page.Url, Does.Contain("/Account/AccessDenied"));
            Assert.That(await page.InnerTextAsync("#access-denied"), Is.EqualTo("Không có quyền truy cập"));
            Assert.That(await page.Locator("nav.main-nav >> text=Bộ quy tắc").CountAsync(), Is.Zero, "no link to what the role may not open");
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Admin_HangfireDashboard_Opens()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        var response = await page.GotoAsync("/hangfire");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response!.Status, Is.EqualTo(200));
            Assert.That(await page.TitleAsync(), Does.Contain("DashboardKpi"));
        }

        await page.Context.CloseAsync();
    }

    private async Task EnsureUserAsync(string userName, string role)
    {
        var users = Server.Services.GetRequiredService<UserRepository>();
        if (await users.FindByUserNameAsync(userName, CancellationToken.None) is null)
        {
            await Server.CreateUserAsync(userName, role);
        }
    }
}
