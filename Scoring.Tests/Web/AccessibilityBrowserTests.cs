using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Playwright;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Issue 25: axe-core on every page each role may open, in Vietnamese and English (0 serious or critical violations),
/// no page scrolling sideways on a 360 px phone or at 200 % zoom, and the map by keyboard and by touch.
/// One server and one browser for the class; each page is scanned once per role that sees something different:
/// the admin sees every page (and the fullest menu), the chair the overview and the own commune page with its own link.
/// </summary>
[TestFixture]
public sealed class AccessibilityBrowserTests : BrowserFixture
{
    private const string ChairCommune = "26740";

    /// <summary>Every page an admin may open (the admin's set includes every other role's), draft pages added at run time.</summary>
    private static readonly string[] AdminPages =
    [
        "/", "/LeagueTable", "/Communes/Details/" + ChairCommune, "/Methodology",
        "/Rules", "/Rules/Version/1", "/Rules/Simulate/1", "/Rules/Reading",
        "/Data/Upload", "/Data/History", "/Data/Manual", "/Data/Rejected", "/Data/Reports", "/Data/ReportChecklist",
        "/Admin/Users", "/Admin/Tokens", "/Admin/Demo", "/Admin/Rescoring",
    ];

    private static readonly string[] ChairPages = ["/", "/Communes/Details/" + ChairCommune, "/Account/AccessDenied"];

    private protected override async Task OnServerStartedAsync()
    {
        await Server.CreateUserAsync("chair-a11y", UserRoles.Chair, ChairCommune);
    }

    [Test]
    public async Task Axe_EveryPageEachRoleMayOpen_InViAndEn_HasNoSeriousOrCriticalViolations()
    {
        var report = new StringBuilder();
        var failures = new List<string>();
        var adminPages = await WithDraftPagesAsync();

        foreach (var (user, password, pages) in new[]
                 {
                     (BootstrapAdmin.UserName, DashboardServer.AdminPassword, adminPages),
                     ("chair-a11y", "user-password-123", ChairPages),
                 })
        {
            var page = await Chromium.LoginAsync(Server.BaseAddress, user, password);
            foreach (var language in new[] { "vi", "en" })
            {
                await SetLanguageAsync(page, language);
                foreach (var path in pages)
                {
                    await page.GotoAsync(path);
                    await Support.Browser.SettleAsync(page);
                    var result = await page.RunAxe();
                    var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
                    var nodes = serious.Sum(v => v.Nodes.Length);
                    report.AppendLine(CultureInfo.InvariantCulture, $"{user,-10} {language} {path,-28} {nodes,4} {string.Join(", ", serious.Select(v => $"{v.Id}×{v.Nodes.Length}"))}");
                    failures.AddRange(serious.SelectMany(v => v.Nodes.Take(4).Select(n => $"{user} {language} {path}: {v.Id} at {n.Target}: {Shorten(n.Html)}")));
                }
            }

            await page.Context.CloseAsync();
        }

        await TestContext.Out.WriteLineAsync(report.ToString());
        await TestContext.Out.WriteLineAsync(string.Join(Environment.NewLine, failures));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public async Task Axe_LoginPage_InViAndEn_HasNoSeriousOrCriticalViolations()
    {
        var context = await Chromium.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString().TrimEnd('/') });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var language in new[] { "vi", "en" })
        {
            await page.GotoAsync("/Account/Login");
            if (await page.GetAttributeAsync("html", "lang") != language)
            {
                await page.ClickAsync("#language-switch");
                await page.WaitForSelectorAsync($"html[lang={language}]");
            }

            var result = await page.RunAxe();
            failures.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .SelectMany(v => v.Nodes.Take(4).Select(n => $"{language}: {v.Id} at {n.Target}: {Shorten(n.Html)}")));
        }

        await context.CloseAsync();
        Assert.That(failures, Is.Empty);
    }

    /// <summary>
    /// A 1280 × 800 laptop at 200 % zoom is a 640 × 400 CSS-pixel window drawn at twice the density. Nothing on the
    /// main pages may be cut off: no sideways scroll of the page, no text clipped by a box that hides its overflow,
    /// and nothing pushed past the left edge where no scrollbar reaches it.
    /// </summary>
    [Test]
    public async Task MainPages_At200PercentZoomOnALaptop_CutNothingOff()
    {
        var admin = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        var context = await Chromium.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 640, Height = 400 },
            DeviceScaleFactor = 2,
            StorageState = await admin.Context.StorageStateAsync(),
        });
        var page = await context.NewPageAsync();
        var cut = new List<string>();

        foreach (var path in new[] { "/", "/LeagueTable", "/Communes/Details/" + ChairCommune, "/Methodology", "/Actions", "/Rules" })
        {
            await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > 640)
            {
                cut.Add($"{path}: page {scrollWidth} px wide ({string.Join(", ", await page.EvaluateAsync<string[]>(WiderThanViewport, 640))})");
            }

            cut.AddRange((await page.EvaluateAsync<string[]>(CutOff)).Select(c => path + ": " + c));
        }

        await context.CloseAsync();
        await admin.Context.CloseAsync();
        Assert.That(cut, Is.Empty);
    }

    [TestCase(360, 740, 1, "phone")]
    [TestCase(683, 384, 2, "zoom200")]
    public async Task EveryPage_OnAPhoneAndAt200PercentZoom_DoesNotScrollSideways(int width, int height, float scale, string name)
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.SetViewportSizeAsync(width, height);
        var wide = new List<string>();

        foreach (var path in await WithDraftPagesAsync())
        {
            await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width)
            {
                var culprits = await page.EvaluateAsync<string[]>(WiderThanViewport, width);
                wide.Add($"{path}: {scrollWidth} px ({string.Join(", ", culprits)})");
            }
        }

        // A zoomed laptop (1366 × 768 at 200 %) is a 683 × 384 CSS-pixel window drawn at twice the density.
        var context = await Chromium.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            StorageState = await page.Context.StorageStateAsync(),
        });
        var shot = await context.NewPageAsync();
        foreach (var (path, label) in new[] { ("/", "overview"), ("/Communes/Details/" + ChairCommune, "commune"), ("/LeagueTable", "league") })
        {
            await shot.GotoAsync(path);
            await Support.Browser.ScreenshotAsync(shot, $"a11y-{name}-{label}");
        }

        await context.CloseAsync();
        await page.Context.CloseAsync();
        Assert.That(wide, Is.Empty);
    }

    [Test]
    public async Task Map_ByKeyboard_TabsThroughNamedUnitsAndEnterOpens()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);

        await page.Locator("#commune-map a.unit").First.FocusAsync();
        var first = await FocusedLabelAsync(page);
        await page.Keyboard.PressAsync("Tab");
        var second = await FocusedLabelAsync(page);
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle + getComputedStyle(document.activeElement.querySelector('use, path')).strokeWidth");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/Communes/Details/", StringComparison.Ordinal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Does.Match("^(Phường|Xã|Đặc khu) .+: (Xanh|Vàng|Đỏ|Chưa có dữ liệu)$"), "name and colour announced");
            Assert.That(second, Does.Match("^(Phường|Xã|Đặc khu) .+: (Xanh|Vàng|Đỏ|Chưa có dữ liệu)$"));
            Assert.That(second, Is.Not.EqualTo(first), "Tab moves to the next unit");
            Assert.That(page.Url, Does.Contain(href.Split('?')[0]), "Enter opens the focused unit");
            Assert.That(outline, Is.Not.EqualTo("none1px"), "the focused unit is visibly marked");
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Map_ByTouch_TapOpensTheUnit_AndTheRatingIsAlsoAMarkNotOnlyAColour()
    {
        var admin = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        var context = await Chromium.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            HasTouch = true,
            IsMobile = true,
            StorageState = await admin.Context.StorageStateAsync(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Support.Browser.SettleAsync(page);
        var target = await page.EvaluateAsync<double[]>("""
            () => {
                // elementFromPoint sees only the viewport, and the map may start below the phone's first screen; stop
                // at the first unit a finger can hit (28 px: Chromium snaps a tap on a smaller link to a neighbour, as a phone does),
                // so the page stays scrolled where that was checked.
                for (const a of document.querySelectorAll('#commune-map a.unit')) {
                    a.scrollIntoView({ block: 'center', inline: 'center' });
                    const r = a.getBoundingClientRect();
                    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                    if (r.width > 28 && r.height > 28 && hit && a.contains(hit)) return [Number(a.dataset.code), r.x + r.width / 2, r.y + r.height / 2];
                }
                return [0, 0, 0];
            }
            """);
        var code = target[0] > 0 ? ((int)target[0]).ToString(CultureInfo.InvariantCulture) : null;
        var patterns = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('#commune-map a.unit[data-rating]')].map(a => a.dataset.rating + ':' + getComputedStyle(a.querySelector('use, path')).fill))]");
        var legend = await page.Locator("#map-legend li").AllInnerTextsAsync();

        Assert.That(code, Is.Not.Null.And.Not.Empty, "a unit on the phone-width map that a finger can hit");
        await page.Touchscreen.TapAsync((float)target[1], (float)target[2]);
        // The tap is what is tested: the address changing is enough (polled, as WaitForURL missed a navigation that
        // had already committed during the tap).
        for (var tries = 0; tries < 300 && !page.Url.Contains("/Communes/Details/" + code, StringComparison.Ordinal); tries++)
        {
            await Task.Delay(100);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Url, Does.Contain("/Communes/Details/" + code));
            Assert.That(patterns.Where(p => p.StartsWith("yellow", StringComparison.Ordinal) || p.StartsWith("red", StringComparison.Ordinal)), Has.All.Contains("url("), "yellow and red units carry a hatch, not only a colour");
            Assert.That(legend, Has.Count.GreaterThanOrEqualTo(4));
        }

        await context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Test]
    public async Task Charts_TrendsShowBandsNotGreenFirst_AndTheCityTrendIsAlsoATable()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        var table = await page.Locator("#trend-table tbody tr").CountAsync();
        var counts = (await page.Locator("#trend-chart svg text").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        await page.GotoAsync("/Communes/Details/" + ChairCommune);
        var first = await page.Locator("#criterion-trends figure").EvaluateAllAsync<string[]>("fs => fs.map(f => f.dataset.rating)");
        var rest = await page.Locator("#criterion-trends-rest figure").CountAsync();
        var label = await page.Locator("#criterion-trends figure, #criterion-trends-rest figure").First.GetAttributeAsync("aria-label");
        // Each chart is an image fetched as it comes into view; its SVG is read from the address the page gives it.
        var bands = await page.Locator("#criterion-trends figure img, #criterion-trends-rest figure img").First.EvaluateAsync<int>("i => fetch(i.src).then(r => r.text()).then(t => t.toUpperCase().split('CFEAD8').length - 1)");
        await page.Locator("#criterion-trends").ScreenshotAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "a11y-trends.png") });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(table, Is.GreaterThan(1), "one row per period");
            Assert.That(counts, Has.Some.Match(@"^\d{2,3}$"), "the counts are written on the bars");
            Assert.That(first, Has.None.EqualTo("green"), "not-green criteria are shown; green ones are behind 'show all'");
            Assert.That(first.Length + rest, Is.GreaterThan(20));
            Assert.That(label, Does.Match(@"^C\d.*\. .+: .+"), "each chart says the value, colour and cuts in words");
            Assert.That(bands, Is.GreaterThan(0), "the green band in force is drawn");
        }

        await page.Context.CloseAsync();
    }

    private async Task<string[]> WithDraftPagesAsync()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, BootstrapAdmin.UserName, DashboardServer.AdminPassword);
        await page.GotoAsync("/Rules");
        await page.ClickAsync("#new-draft");
        await page.WaitForURLAsync(url => url.Contains("/Rules/Edit/", StringComparison.Ordinal));
        var edit = new Uri(page.Url).AbsolutePath;
        await page.Context.CloseAsync();
        return [.. AdminPages, edit, edit.Replace("/Edit/", "/Publish/", StringComparison.Ordinal), edit.Replace("/Edit/", "/Form/", StringComparison.Ordinal)];
    }

    private static async Task SetLanguageAsync(IPage page, string language)
    {
        await page.GotoAsync("/");
        if (await page.GetAttributeAsync("html", "lang") != language)
        {
            await page.ClickAsync("#language-switch");
            await page.WaitForSelectorAsync($"html[lang={language}]");
        }
    }

    private static Task<string> FocusedLabelAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent");

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";

    /// <summary>Visible text in a box that hides what overflows it (screen-reader-only text excepted), or partly past the page's left edge.</summary>
    private const string CutOff = """
        () => [...document.querySelectorAll('body *')].filter(e => {
                const s = getComputedStyle(e), r = e.getBoundingClientRect();
                if (s.display === 'none' || s.visibility === 'hidden' || r.width <= 1 || r.height <= 1 || !e.innerText || !e.innerText.trim()) return false;
                const hides = v => v === 'hidden' || v === 'clip';
                const clipped = (hides(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(s.overflowY) && e.scrollHeight > e.clientHeight + 1);
                // Wholly off-screen (a skip link waiting for focus) is hidden on purpose; partly past the left edge is cut off.
                return clipped || (r.left + window.scrollX < -1 && r.right + window.scrollX > 0 && e.children.length === 0);
            })
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + ' "' + e.innerText.trim().slice(0, 40) + '"')
        """;

    private const string WiderThanViewport = """
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().right))
        """;
}
