using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Issue #28: a made-up re-organisation (Phú Lợi and Phú An merged into a new ward from 2026-12, recorded as
/// hcmc_unit_changes.json records it) on the seeded database. Earlier periods stay on the units in force then,
/// with their stored colours; later periods list the new unit; stored ratings still reproduce.
/// </summary>
[TestFixture]
public sealed partial class ReorganisationTests : AdminSessionFixture
{
    private const string Before = "2026-11";
    private const string After = "2026-12";
    private const string PhuLoi = "25750";
    private const string PhuAn = "25768";
    private const string NewWard = "27999";

    internal const string MadeUpChange = """
        [
          {
            "effective": "2026-12",
            "basis": "Nghị quyết thử nghiệm 1/2026",
            "ended": ["25750", "25768"],
            "started": [
              {
                "code": "27999", "type": "phuong", "type_vi": "Phường", "name": "Phú Lợi An", "full_name": "Phường Phú Lợi An",
                "name_en": "Phu Loi An", "full_name_en": "Phu Loi An Ward", "code_name": "phu_loi_an",
                "area_km2": 21.5, "population": 150000, "label_lat": 10.98, "label_lon": 106.68
              }
            ]
          }
        ]
        """;

    private JsonElement _ratingsBefore;

    private protected override async Task OnStartedAsync()
    {
        _ratingsBefore = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/ratings?period=" + Before);
        await Server.Services.GetRequiredService<ReferenceDataLoader>().LoadUnitChangesAsync(MadeUpChange, CancellationToken.None);
        await Server.Services.GetRequiredService<Rescorer>().RescoreAsync([Scoring.Engine.Model.Period.Parse(After)], CancellationToken.None);
    }

    [Test]
    public async Task RatingsApi_PeriodBeforeTheChange_ListsTheOldUnitsWithTheirStoredColours()
    {
        var after = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/ratings?period=" + Before);

        var codes = Codes(after);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.GetProperty("count").GetInt32(), Is.EqualTo(168));
            Assert.That(codes, Does.Contain(PhuLoi).And.Contain(PhuAn).And.Not.Contain(NewWard));
            Assert.That(after.GetProperty("ratings").GetRawText(), Is.EqualTo(_ratingsBefore.GetProperty("ratings").GetRawText()), "every colour and score as stored");
        }
    }

    [Test]
    public async Task RatingsApi_PeriodFromTheChange_ListsTheNewUnitInsteadOfTheOldOnes()
    {
        var after = await Admin.GetFromJsonAsync<JsonElement>("/api/v1/ratings?period=" + After);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.GetProperty("count").GetInt32(), Is.EqualTo(167));
            Assert.That(Codes(after), Does.Contain(NewWard).And.Not.Contain(PhuLoi).And.Not.Contain(PhuAn));
        }
    }

    [Test]
    public async Task CommunesApi_AfterTheChange_ListsEveryUnitWithTheMonthsItIsInForce()
    {
        var units = (await Admin.GetFromJsonAsync<JsonElement>("/api/v1/communes")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("code").GetString()!, u => (u.GetProperty("validFrom").GetString(), u.GetProperty("validTo").GetString()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(units, Has.Count.EqualTo(169));
            Assert.That(units[PhuLoi], Is.EqualTo(("2025-07", (string?)Before)));
            Assert.That(units[NewWard], Is.EqualTo((After, (string?)null)));
        }
    }

    [Test]
    public async Task LeagueTable_EachPeriod_ListsTheUnitsInForceThen()
    {
        var before = RowPattern().Matches(await Admin.GetStringAsync("/LeagueTable?period=" + Before)).Select(m => m.Groups[1].Value).ToList();
        var after = RowPattern().Matches(await Admin.GetStringAsync("/LeagueTable?period=" + After)).Select(m => m.Groups[1].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Has.Count.EqualTo(168).And.Contains(PhuLoi).And.Contains(PhuAn).And.No.EqualTo(NewWard));
            Assert.That(after, Has.Count.EqualTo(167).And.Contains(NewWard).And.No.EqualTo(PhuLoi).And.No.EqualTo(PhuAn));
        }
    }

    [TestCase(Before)]
    [TestCase(After)]
    public async Task Reproduce_StoredRatingsOfAnEndedUnit_AreIdentical(string period)
    {
        // The 2026-12 rating of Phú Lợi was stored before the change was recorded: no longer listed, still reproducible.
        var result = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/communes/{PhuLoi}/scorecard/reproduce?period={period}");

        Assert.That(result.GetProperty("identical").GetBoolean(), Is.True);
    }

    [Test]
    public async Task CommunePage_EndedUnit_OpensOnItsLastPeriodAndNamesItsSuccessor()
    {
        var page = await Admin.GetStringAsync("/Communes/Details/" + PhuLoi);
        var later = await Admin.GetStringAsync($"/Communes/Details/{PhuLoi}?period={After}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("id=\"unit-ended\"").And.Contain("<a href=\"/Communes/Details/" + NewWard + "\">Phường Phú Lợi An</a>"));
            Assert.That(page, Does.Contain("đến hết tháng 11/2026").And.Contain("Nghị quyết thử nghiệm 1/2026"));
            Assert.That(page, Does.Contain("id=\"overall\"").And.Not.Contain("id=\"not-in-force\""), "rated in its last period");
            Assert.That(later, Does.Contain("id=\"not-in-force\"").And.Not.Contain("id=\"overall\""));
        }
    }

    [Test]
    public async Task CommunePage_NewUnitInEnglish_NamesTheUnitsItWasFormedFrom()
    {
        using var client = await Server.LoginAsync();
        using var _ = await DashboardServer.PostFormAsync(client, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");

        var page = await client.GetStringAsync("/Communes/Details/" + NewWard);
        var before = await client.GetStringAsync($"/Communes/Details/{NewWard}?period={Before}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("id=\"unit-started\"").And.Contain("in force from December 2026, formed from"));
            Assert.That(page, Does.Contain("/Communes/Details/" + PhuLoi).And.Contain("/Communes/Details/" + PhuAn));
            Assert.That(before, Does.Contain("id=\"not-in-force\""), "no history before its start");
        }
    }

    [Test]
    public async Task Overview_PeriodFromTheChange_SaysWhichUnitsTheMapCannotDraw()
    {
        var before = await OverviewPage.GetAsync(Admin, "/?period=" + Before);
        var after = await OverviewPage.GetAsync(Admin, "/?period=" + After);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnitPattern().Matches(before), Has.Count.EqualTo(168));
            Assert.That(before, Does.Not.Contain("id=\"map-coverage\""));
            Assert.That(UnitPattern().Matches(after), Has.Count.EqualTo(166), "no outline for the new ward; the old two are not units then");
            Assert.That(after, Does.Contain("id=\"map-coverage\"").And.Contain("Phường Phú Lợi An").And.Contain("2 ranh giới"));
        }
    }

    private static List<string> Codes(JsonElement ratings) =>
        ratings.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("communeCode").GetString()!).ToList();

    [GeneratedRegex("<tr data-code=\"(\\d+)\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-code=\"(\\d+)\" data-rating=\"[a-zA-Z]+\" class=\"unit\"")]
    private static partial Regex UnitPattern();
}
