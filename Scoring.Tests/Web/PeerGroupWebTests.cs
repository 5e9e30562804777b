using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DashboardKpi.Dashboard.Web.Api;
using DashboardKpi.Scoring.Tests.Web.Support;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Peer groups over real HTTP on the seeded (demo) database, under the default bands (under 50,000; 50,000 to under
/// 100,000; 100,000 or more) and minimum size 5. By hand from the 2024 populations: wards 10 / 53 / 50, communes
/// 36 / 8 / 10, and the special zone Côn Đảo (26732, 6,502 residents) alone, so it is ranked among every unit under
/// 50,000: 10 wards, 36 communes and itself, 47.
/// </summary>
[TestFixture]
public sealed partial class PeerGroupWebTests : AdminSessionFixture
{
    private const string ConDao = "26732";

    [Test]
    public async Task LeagueApi_EveryUnitHasAPeerPlace_RanksRunOneToSizeInEachGroup_ConDaoFallsBack()
    {
        var league = (await Admin.GetFromJsonAsync<LeagueDto>("/api/v1/league", ApiJson.Options))!;

        var conDao = league.Rows.Single(r => r.Code == ConDao).Peer!;
        var groups = league.Rows.GroupBy(r => r.Peer!.Group).ToDictionary(g => g.Key, g => g.Select(r => r.Peer!.Rank).Order().ToList());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(league.Count, Is.EqualTo(168));
            Assert.That((league.PeerRules.PopulationBands, league.PeerRules.MinGroupSize, league.PeerRules.IsDefault), Is.EqualTo((new[] { 50_000, 100_000 }, 5, true)));
            Assert.That((conDao.OwnGroup, conDao.Group, conDao.Fallback, conDao.GroupSize), Is.EqualTo(("dac_khu-0", "band-0", true, 47)));
            Assert.That(league.Groups.Select(g => (g.Key, g.Size)), Is.EquivalentTo(new[]
            {
                ("band-0", 47), ("phuong-0", 10), ("phuong-1", 53), ("phuong-2", 50), ("xa-0", 36), ("xa-1", 8), ("xa-2", 10),
            }));
            // Côn Đảo alone is ranked in band-0 (among its 47 members); every other group ranks its own units 1 to n.
            Assert.That(groups.Where(g => g.Key != "band-0").Select(g => g.Value.SequenceEqual(Enumerable.Range(1, g.Value.Count))), Has.All.True);
            Assert.That(league.Rows.Where(r => r.Peer!.Rank == 1 && r.Overall != RatingColour.NoData).Select(r => r.Peer!.Percentile), Has.All.EqualTo(100));
            Assert.That(league.Rows.Where(r => r.Peer!.Group != "band-0").Select(r => r.Peer!.Fallback), Has.All.False);
        }
    }

    [Test]
    public async Task LeagueApi_OneGroup_ListsItsUnitsInGroupRankOrder_BadGroupIs400()
    {
        var group = (await Admin.GetFromJsonAsync<LeagueDto>("/api/v1/league?group=xa-1", ApiJson.Options))!;
        var wider = (await Admin.GetFromJsonAsync<LeagueDto>("/api/v1/league?group=band-0", ApiJson.Options))!;
        using var bad = await Admin.GetAsync("/api/v1/league?group=nowhere");
        using var badPeriod = await Admin.GetAsync("/api/v1/league?period=2025-13");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(group.Rows.Select(r => r.Type).Distinct(), Is.EqualTo(new[] { "xa" }));
            Assert.That(group.Rows.Select(r => r.Peer!.Rank), Is.EqualTo(Enumerable.Range(1, 8)));
            Assert.That(group.Rows.Select(r => r.Population), Has.All.InRange(50_000, 99_999));
            // Rank in the group follows the city-wide order.
            Assert.That(group.Rows.Select(r => r.Rank), Is.Ordered);
            // A wider group lists every member ranked among them: 10 wards, 36 communes and Côn Đảo.
            Assert.That(wider.Rows.Select(r => r.Peer!.Rank), Is.EqualTo(Enumerable.Range(1, 47)));
            Assert.That(wider.Rows.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()), Is.EquivalentTo(new Dictionary<string, int> { ["phuong"] = 10, ["xa"] = 36, ["dac_khu"] = 1 }));
            Assert.That(wider.Rows.Single(r => r.Code == ConDao).Peer!.Fallback, Is.True);
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badPeriod.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [Test]
    public async Task LeagueTable_GroupFilter_ShowsTheGroup_SortsByRankInGroup_AndMarksTheFallback()
    {
        var html = await Admin.GetStringAsync("/LeagueTable?group=band-0&sort=peerRank");

        var codes = RowPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var ranks = PeerRankPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes, Has.Count.EqualTo(47).And.Contains(ConDao));
            Assert.That(ranks, Is.EqualTo(Enumerable.Range(1, 47)));
            Assert.That(html, Does.Contain("id=\"group-filter\"").And.Contain("<option value=\"band-0\" selected=\"selected\">"));
            Assert.That(html, Does.Contain("id=\"peer-default\"").And.Contain("dưới 50.000 dân; 50.000 đến dưới 100.000 dân; từ 100.000 dân"));
            Assert.That(Regex.Matches(html, "<abbr title=\"nhóm rộng hơn").Count, Is.EqualTo(1), "only Côn Đảo is ranked in a wider group");
            Assert.That(html, Does.Not.Contain("⟦"), "no missing UI text");
        }
    }

    [Test]
    public async Task CommunePage_ConDao_SaysItIsComparedInAWiderGroup_WithRankAndGroupMedians()
    {
        var html = WebUtility.HtmlDecode(await Admin.GetStringAsync("/Communes/Details/" + ConDao));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("Nhóm Đặc khu, dưới 50.000 dân chỉ có 1 đơn vị (tối thiểu 5), nên đơn vị được so sánh trong nhóm rộng hơn: Mọi loại đơn vị, dưới 50.000 dân (47 đơn vị)."));
            Assert.That(PlacePattern().IsMatch(html), Is.True, "rank in the group and city-wide");
            Assert.That(MedianPattern().Matches(html).Count, Is.GreaterThan(5), "a group median beside the criteria");
            Assert.That(html, Does.Not.Contain("⟦"));
        }
    }

    [GeneratedRegex("<tr data-code=\"(\\d+)\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num peer-rank\">(\\d+)/47</td>")]
    private static partial Regex PeerRankPattern();

    [GeneratedRegex("Nhóm Mọi loại đơn vị, dưới 50.000 dân: hạng \\d+/47, bách phân vị (\\d+|–)\\. Hạng toàn thành phố: \\d+/168\\.")]
    private static partial Regex PlacePattern();

    [GeneratedRegex("<td class=\"nowrap peer-median\" title=\"Đơn vị: [^\"]+; trung vị của nhóm [^\"]+\">[0-9.,]+%?</td>")]
    private static partial Regex MedianPattern();
}
