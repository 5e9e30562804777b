using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Peers;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>Peer groups, the fallback to a wider group, percentiles and medians against hand-computed values.</summary>
public class PeerGroupingTests
{
    // Six communes under 50,000, two communes of 50,000 to under 100,000, one special zone of 6,502, seven wards over 100,000.
    private static readonly IReadOnlyList<PeerUnit> _units =
    [
        .. Enumerable.Range(1, 6).Select(i => new PeerUnit($"X0{i}", UnitType.Xa, 20_000 + i)),
        new PeerUnit("X11", UnitType.Xa, 50_000),
        new PeerUnit("X12", UnitType.Xa, 99_999),
        new PeerUnit("DK", UnitType.DacKhu, 6_502),
        .. Enumerable.Range(1, 7).Select(i => new PeerUnit($"P0{i}", UnitType.Phuong, 100_000 + i)),
    ];

    [Test]
    public void Assign_DefaultRules_OwnGroupWhenLargeEnough_ElseTypeThenBandThenCity()
    {
        var groups = PeerGrouping.Assign(PeerGroupRules.Default, _units);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((groups["X01"].Group.Key, groups["X01"].IsFallback, groups["X01"].Group.Size), Is.EqualTo(("xa-0", false, 6)));
            // Two communes in their band: ranked among all 8 communes.
            Assert.That((groups["X12"].Own.Key, groups["X12"].Group.Key, groups["X12"].Group.Size), Is.EqualTo(("xa-1", "xa", 8)));
            // The single special zone: its type has one unit, so it is ranked among every unit under 50,000 (6 communes and itself).
            Assert.That((groups["DK"].Own.Size, groups["DK"].Group.Key, groups["DK"].Group.Size), Is.EqualTo((1, "band-0", 7)));
            Assert.That(groups["P07"].Group.Key, Is.EqualTo("phuong-2"));
            Assert.That(groups["DK"].Group.Name.Vi, Is.EqualTo("Mọi loại đơn vị, dưới 50.000 dân"));
            Assert.That(groups["X12"].Own.Name.En, Is.EqualTo("Communes, 50,000 to under 100,000 residents"));
            Assert.That(groups["DK"].FallbackNote(5)!.Vi, Is.EqualTo(
                "Nhóm Đặc khu, dưới 50.000 dân chỉ có 1 đơn vị (tối thiểu 5), nên đơn vị được so sánh trong nhóm rộng hơn: Mọi loại đơn vị, dưới 50.000 dân (7 đơn vị)."));
            Assert.That(groups["X01"].FallbackNote(5), Is.Null);
        }
    }

    [Test]
    public void Assign_MinimumLargerThanAnyGroup_FallsBackToTheCity()
    {
        var groups = PeerGrouping.Assign(new PeerGroupRules([50_000], 100), _units);

        Assert.That(groups.Values.Select(a => a.Group.Key).Distinct(), Is.EqualTo(new[] { "all" }));
    }

    [Test]
    public void RuleFile_PeerGroups_AreReadAndValidated()
    {
        var rules = TestRules.Minimal(node => node["peerGroups"] = new JsonObject { ["populationBands"] = new JsonArray(30000, 60000), ["minGroupSize"] = 8 });
        var bad = TestRules.ReadEdited(node => node["peerGroups"] = new JsonObject { ["populationBands"] = new JsonArray(60000, 30000), ["minGroupSize"] = 0 });

        using (Assert.EnterMultipleScope())
        {
            Assert.That((rules.PeerGroups.PopulationCuts, rules.PeerGroups.MinGroupSize, rules.PeerGroups.IsDefault), Is.EqualTo((new[] { 30000, 60000 }, 8, false)));
            Assert.That(TestRules.Minimal().PeerGroups, Is.SameAs(PeerGroupRules.Default));
            Assert.That(bad.Errors.Select(e => (e.Path, e.Code)), Is.EquivalentTo(new[]
            {
                ("$.peerGroups.populationBands", "peers.bandsOrder"),
                ("$.peerGroups.minGroupSize", "number.notPositive"),
            }));
        }
    }

    [TestCase(1, 20, 100)]
    [TestCase(20, 20, 0)]
    [TestCase(3, 5, 50)]
    [TestCase(2, 7, 83)]
    public void Percentile_ShareOfTheOthersRankedBelow(int rank, int size, int expected) =>
        Assert.That(PeerStats.Percentile(rank, size), Is.EqualTo(expected));

    [Test]
    public void Percentile_GroupOfOne_HasNone() => Assert.That(PeerStats.Percentile(1, 1), Is.Null);

    [Test]
    public void Median_OddAndEvenCounts()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PeerStats.Median([91m, 42.5m, 95m]), Is.EqualTo(91m));
            Assert.That(PeerStats.Median([4m, 1m, 2m, 3m]), Is.EqualTo(2.5m));
            Assert.That(PeerStats.Median([]), Is.Null);
        }
    }
}
