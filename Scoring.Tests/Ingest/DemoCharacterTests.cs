using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The demo's units are plausible and have a character that lasts: what the distributions promise, without rating anything.</summary>
public class DemoCharacterTests
{
    private static readonly IReadOnlyList<Commune> _communes = CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units));
    private static readonly List<IndicatorReading> _all = DemoDataGenerator.Generate(_communes, new Period(2025, 7), new Period(2026, 11)).ToList();

    [Test]
    public void FormerProvince_FromTheCode_MatchesTheReferenceData()
    {
        using var units = JsonDocument.Parse(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units));
        var expected = new Dictionary<string, FormerProvince>
        {
            ["Thành phố Hồ Chí Minh (79)"] = FormerProvince.HoChiMinhCity,
            ["Tỉnh Bình Dương (74)"] = FormerProvince.BinhDuong,
            ["Tỉnh Bà Rịa - Vũng Tàu (77)"] = FormerProvince.BaRiaVungTau,
        };

        var wrong = units.RootElement.EnumerateArray()
            .Where(u => FormerProvinces.Of(u.GetProperty("code").GetString()!) != expected[u.GetProperty("former_provinces").GetString()!])
            .Select(u => u.GetProperty("code").GetString()).ToList();

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Units_HaveStaffComputersAndNeighbourhoodsThatFitTheirSize()
    {
        var units = _communes.Select(c => DemoUnit.From(c, new DemoRandom(1))).OrderBy(u => u.Population).ToList();

        Assert.That(units.All(u => u.Staff is >= 20 and <= 60), Is.True);
        Assert.That(units.All(u => Math.Abs(u.Computers - u.Staff) <= 0.2 * u.Staff), Is.True, "computers ≈ staff");
        Assert.That(units.All(u => u.DossiersPer1000 is >= 25 and <= 33), Is.True);
        Assert.That(units.TakeLast(40).Average(u => u.Staff), Is.GreaterThan(units.Take(40).Average(u => u.Staff) + 10));
        Assert.That(units.TakeLast(40).Average(u => u.Neighbourhoods), Is.GreaterThan(2 * units.Take(40).Average(u => u.Neighbourhoods)));
    }

    [Test]
    public void WeakAntiMalwareCoverage_InJuly_StaysBelowTheCityMedian_InAugustAndSeptember()
    {
        var july = Coverage("AV_UPDATED_MACHINES", "2025-07");
        var weak = july.OrderBy(kv => kv.Value).Take(july.Count / 4).Select(kv => kv.Key).ToList();

        foreach (var month in new[] { "2025-08", "2025-09" })
        {
            var later = Coverage("AV_UPDATED_MACHINES", month);
            var median = later.Values.Order().ElementAt(later.Count / 2);
            var stillWeak = weak.Count(code => later[code] < median);
            TestContext.Out.WriteLine($"{month}: {stillWeak} of the {weak.Count} weakest July units below the city median {median:P1}");
            Assert.That(stillWeak, Is.GreaterThanOrEqualTo(0.9 * weak.Count), month);
        }
    }

    [Test]
    public void Coverage_RisesStepByStep_AndNeverFalls()
    {
        var falls = _all.Where(r => r.IndicatorCode == "AV_UPDATED_MACHINES").GroupBy(r => r.CommuneCode)
            .Where(g => g.OrderBy(r => r.Period).Zip(g.OrderBy(r => r.Period).Skip(1)).Any(p => p.Second.Part < p.First.Part))
            .Select(g => g.Key).ToList();

        Assert.That(falls, Is.Empty);
        Assert.That(Coverage("AV_UPDATED_MACHINES", "2026-11").Values.Average(), Is.GreaterThan(Coverage("AV_UPDATED_MACHINES", "2025-07").Values.Average()));
    }

    [Test]
    public void UrgentPhaseTasks_MostlyDoneByEarlyJuly2025_SomeLate_AFewNever_LaterTasksLater()
    {
        double DoneBy(string code, DateOnly day) => _all.Where(r => r.IndicatorCode == code && r.Period == new Period(2026, 11))
            .Average(r => r.CompletedOn is { } done && done <= day ? 1.0 : 0.0);

        Assert.That(DoneBy("PROCEDURE_LIST_PUBLISHED", new DateOnly(2025, 7, 10)), Is.GreaterThan(0.6));
        Assert.That(DoneBy("PROCEDURE_LIST_PUBLISHED", new DateOnly(2025, 7, 10)), Is.LessThan(0.98), "some are late");
        Assert.That(DoneBy("AGENCY_ID_CODES", new DateOnly(2026, 11, 30)), Is.LessThan(1.0).And.GreaterThan(0.9), "a few never");
        Assert.That(DoneBy("INFO_SYSTEMS_UPGRADED", new DateOnly(2025, 7, 10)), Is.LessThan(0.05), "S15 comes later");
        Assert.That(DoneBy("URGENT_DX_TASKS", new DateOnly(2025, 7, 10)), Is.LessThan(0.1), "S5 comes later");
    }

    [Test]
    public void OnlineShare_IsHigherInDenseWardsThanInRuralCommunes()
    {
        var july = _all.Where(r => r.Period == new Period(2025, 7) && r.IndicatorCode == "ONLINE_DOSSIERS").ToDictionary(r => r.CommuneCode, r => (double)r.Value!.Value);
        double PerResident(string type) => _communes.Where(c => c.Type == type).Average(c => july[c.Code] / c.Population);

        Assert.That(PerResident("phuong"), Is.GreaterThan(PerResident("xa")));
    }

    private static Dictionary<string, double> Coverage(string code, string period) =>
        _all.Where(r => r.IndicatorCode == code && r.Period == Scoring.Engine.Model.Period.Parse(period)).ToDictionary(r => r.CommuneCode, r => (double)(r.Part!.Value / r.Whole!.Value));
}
