using System.Text.RegularExpressions;
using DashboardKpi.Scoring.Tests.Web.Support;
using static DashboardKpi.Scoring.Tests.Web.Support.MapChanges;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The league table's rows and a commune page's trend figures are markup kept between requests (the cache tag helper,
/// under the data-version stamp). These tests make sure it never shows what it should not: old colours after the data
/// changed, links a chair may not open, or another language.
/// </summary>
[TestFixture]
public sealed partial class KeptMarkupTests : AdminSessionFixture
{
    [Test]
    public async Task KeptMarkup_AfterAnImportIsRescored_ShowsTheNewRatingInTheLeagueAndTheTrends()
    {
        var (period, unit) = PeriodAndGreenUnit(Map(await OverviewPage.GetAsync(Admin)));
        var rescoresBefore = SucceededRescores(Server);
        // Both kept while the unit is green...
        var leagueBefore = await GetAsync(Admin, "/LeagueTable");
        var pageBefore = await GetAsync(Admin, $"/Communes/Details/{unit}");

        // One antivirus update in forty machines: C7 is critical, so the unit turns red once rescored.
        using (var import = await ImportRowAsync(Server, $"{unit},{period},AV_UPDATED_MACHINES,1/40"))
        {
            import.EnsureSuccessStatusCode();
        }

        await WaitForNewRescoreAsync(Server, rescoresBefore);
        var leagueAfter = await GetAsync(Admin, "/LeagueTable");
        var pageAfter = await GetAsync(Admin, $"/Communes/Details/{unit}");

        // ...and not served once the rescore has moved the stamp.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(leagueBefore, Does.Contain($"<tr data-code=\"{unit}\" data-rating=\"green\">"));
            Assert.That(leagueAfter, Does.Contain($"<tr data-code=\"{unit}\" data-rating=\"red\">"));
            Assert.That(TrendRating(pageBefore, "C7"), Is.Not.EqualTo("red"));
            Assert.That(TrendRating(pageAfter, "C7"), Is.EqualTo("red"));
        }
    }

    [Test]
    public async Task LeagueRows_ChairsAndAdminInTurn_EachSeeOnlyTheLinksTheyMayOpen()
    {
        var reads = await ChairsInTurn.ReadAsync(Server, Admin, "chair-league", async client => Rows(await GetAsync(client, "/LeagueTable")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnitLinks(reads.Admin), Has.Count.EqualTo(168));
            Assert.That(reads.ChairA.Select(UnitLinks), Has.All.EqualTo(new[] { ChairsInTurn.UnitA }), "chair A: only Sài Gòn is a link");
            Assert.That(reads.ChairB.Select(UnitLinks), Has.All.EqualTo(new[] { ChairsInTurn.UnitB }), "chair B: only their own unit");
            Assert.That(reads.ChairA.Concat(reads.ChairB).Select(r => RowPattern().Matches(r).Count), Has.All.EqualTo(168), "every unit is still listed");
            Assert.That(UnitLinks(reads.AdminAgain), Has.Count.EqualTo(168));
        }
    }

    [Test]
    public async Task KeptMarkup_InEnglishAfterVietnamese_IsNotTheVietnamese()
    {
        using var english = await Server.LoginAsync();
        var vietnameseRows = Rows(await GetAsync(Admin, "/LeagueTable"));
        var vietnamesePage = await GetAsync(Admin, "/Communes/Details/26740");
        using var _ = await DashboardServer.PostFormAsync(english, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");

        var englishRows = Rows(await GetAsync(english, "/LeagueTable"));
        var englishPage = await GetAsync(english, "/Communes/Details/26740");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vietnameseRows, Does.Contain(">Sài Gòn</a>").And.Contain("<td>Phường</td>"));
            Assert.That(englishRows, Does.Contain(">Sai Gon</a>").And.Contain("<td>Ward</td>"));
            Assert.That(englishRows, Does.Not.Contain("<td>Phường</td>"));
            Assert.That(Trends(vietnamesePage), Does.Contain("Xu hướng từng tiêu chí").And.Contain(">Xanh</span>"));
            Assert.That(Trends(englishPage), Does.Contain("Trend per criterion").And.Contain(">Green</span>"));
            Assert.That(Trends(englishPage), Does.Not.Contain(">Xanh</span>"), "the figures' badges in English too");
        }
    }

    [Test]
    public async Task LeagueRows_FilteredThenUnfiltered_EachShowTheirOwnRows()
    {
        var red = Rows(await GetAsync(Admin, "/LeagueTable?colour=red"));
        var all = Rows(await GetAsync(Admin, "/LeagueTable"));
        var redAgain = Rows(await GetAsync(Admin, "/LeagueTable?colour=red"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RowPattern().Matches(all).Count, Is.EqualTo(168));
            Assert.That(RowPattern().Matches(red).Count, Is.LessThan(168));
            Assert.That(RowPattern().Matches(red).Select(m => m.Groups[2].Value), Has.All.EqualTo("red"));
            Assert.That(redAgain, Is.EqualTo(red));
        }
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string Rows(string html)
    {
        var start = html.IndexOf("<tbody>", html.IndexOf("id=\"league-table\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return html[start..html.IndexOf("</tbody>", start, StringComparison.Ordinal)];
    }

    private static string Trends(string html)
    {
        var start = html.IndexOf("id=\"trends-heading\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string? TrendRating(string html, string criterion) =>
        Regex.Match(Trends(html), $"<figure class=\"chart\" data-criterion=\"{Regex.Escape(criterion)}\" data-rating=\"([a-zA-Z]+)\"") is { Success: true } m
            ? m.Groups[1].Value : null;

    [GeneratedRegex("<tr data-code=\"(\\d+)\" data-rating=\"([a-zA-Z]+)\">")]
    private static partial Regex RowPattern();
}
