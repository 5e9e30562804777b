using System.Text.Json;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using static DashboardKpi.Scoring.Tests.Web.Support.MapChanges;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The overview map is one cached string per period, language and visibility. These tests make sure the cache never
/// shows what it should not: old colours after the data changed, or links a chair may not open.
/// </summary>
[TestFixture]
public sealed partial class OverviewMapCacheTests : AdminSessionFixture
{
    [Test]
    public async Task Map_AfterAnImportIsRescoredInTheBackground_ShowsTheNewRating()
    {
        var before = await OverviewPage.GetAsync(Admin);
        var (period, unit) = PeriodAndGreenUnit(Map(before));
        var rescoresBefore = SucceededRescores(Server);

        // One antivirus update in forty machines: C7 is critical, so the unit turns red once rescored.
        using var import = await ImportAsync($"{unit},{period},AV_UPDATED_MACHINES,1/40");
        // Asked for while the rescore may still be running: the cache may refill with the old colours here...
        await OverviewPage.GetAsync(Admin);
        await WaitForNewRescoreAsync(Server, rescoresBefore);
        var after = await OverviewPage.GetAsync(Admin);

        // ...but the finished rescore drops them, so the map now shows the new rating.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.RootElement.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
            Assert.That(RatingOf(Map(after), unit), Is.EqualTo("red"));
            Assert.That(after, Does.Contain($"data-code=\"{unit}\" data-rating=\"red\""));
        }
    }

    [Test]
    public async Task Map_ChairsAndAdminInTurn_EachSeeOnlyTheLinksTheyMayOpen()
    {
        var reads = await ChairsInTurn.ReadAsync(Server, Admin, "chair-map", async client => Map(await OverviewPage.GetAsync(client)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnitLinks(reads.Admin), Has.Count.EqualTo(168));
            Assert.That(reads.ChairA.Select(UnitLinks), Has.All.EqualTo(new[] { ChairsInTurn.UnitA }), "chair A: only Sài Gòn, on the map and in the zoom");
            Assert.That(reads.ChairB.Select(UnitLinks), Has.All.EqualTo(new[] { ChairsInTurn.UnitB }), "chair B: only their own unit");
            Assert.That(reads.ChairA.Concat(reads.ChairB).Select(UnitCount), Has.All.EqualTo(168), "every unit is still drawn and named");
            Assert.That(UnitLinks(reads.AdminAgain), Has.Count.EqualTo(168));
        }
    }

    [Test]
    public async Task Overview_ForAChair_LinksNoOtherUnitAnywhereOnThePage()
    {
        await Server.CreateUserAsync("chair-lists", UserRoles.Chair, "26740");
        using var chair = await Server.LoginAsync("chair-lists", "user-password-123");

        var page = await OverviewPage.GetAsync(chair);
        var linked = PageLinkPattern().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.That(linked, Is.EqualTo(new[] { "26740" }), "the map, the ten needing attention and the most improved link only the chair's unit");
    }

    [Test]
    public async Task Map_InEnglishAfterVietnamese_IsNotServedFromTheVietnameseCache()
    {
        using var english = await Server.LoginAsync();
        var vietnamese = Map(await OverviewPage.GetAsync(Admin));
        using var _ = await DashboardServer.PostFormAsync(english, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");

        var map = Map(await OverviewPage.GetAsync(english));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vietnamese, Does.Contain("aria-label=\"Phường Sài Gòn: "));
            Assert.That(map, Does.Contain("aria-label=\"Sai Gon Ward: "));
            Assert.That(map, Does.Not.Contain("Phường Sài Gòn"));
        }
    }

    private async Task<JsonDocument> ImportAsync(string row)
    {
        using var response = await ImportRowAsync(Server, row);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    [GeneratedRegex("href=\"/Communes/Details/(\\d+)")]
    private static partial Regex PageLinkPattern();
}
