using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Issue #28: the what-if rates, per simulated period, only the units in force then, as the rescore does. A made-up
/// split (Phú Lợi into two new wards from 2026-06) on a real SQLite database: 2026-05 counts the 168 with Phú Lợi,
/// 2026-06 the 169 with the two new wards and without Phú Lợi, and each period's "before" counts equal the stored ratings.
/// </summary>
public class SimulationUnitsInForceTests
{
    private const string Before = "2026-05";
    private const string After = "2026-06";
    private const string PhuLoi = "25750";
    private const string North = "27991";
    private const string South = "27992";

    private const string MadeUpSplit = """
        [
          {
            "effective": "2026-06",
            "basis": "Nghị quyết thử nghiệm 2/2026 (tách phường)",
            "ended": ["25750"],
            "started": [
              {
                "code": "27991", "type": "phuong", "type_vi": "Phường", "name": "Phú Lợi Bắc", "full_name": "Phường Phú Lợi Bắc",
                "name_en": "Phu Loi Bac", "full_name_en": "Phu Loi Bac Ward", "code_name": "phu_loi_bac",
                "area_km2": 8.1, "population": 60000, "label_lat": 10.99, "label_lon": 106.67
              },
              {
                "code": "27992", "type": "phuong", "type_vi": "Phường", "name": "Phú Lợi Nam", "full_name": "Phường Phú Lợi Nam",
                "name_en": "Phu Loi Nam", "full_name_en": "Phu Loi Nam Ward", "code_name": "phu_loi_nam",
                "area_km2": 7.9, "population": 58000, "label_lat": 10.97, "label_lon": 106.67
              }
            ]
          }
        ]
        """;

    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        // 20 of 40 machines: red under the shipped 80 % yellow cut, yellow under the draft's 40 %. Phú Lợi's 2026-06 row
        // is stored before the split is recorded, so only the units in force keep it out of that period.
        await ImportAsync("before.csv", $"{PhuLoi},{Before},AV_UPDATED_MACHINES,20/40", $"{PhuLoi},{After},AV_UPDATED_MACHINES,20/40");
        await _host.Get<ReferenceDataLoader>().LoadUnitChangesAsync(MadeUpSplit, CancellationToken.None);
        await ImportAsync("after.csv", $"{North},{After},AV_UPDATED_MACHINES,20/40", $"{South},{After},AV_UPDATED_MACHINES,39/40");
        await _host.Get<Rescorer>().RescoreAsync([Period.Parse(Before), Period.Parse(After)], CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task ImportAsync(string name, params string[] rows) =>
        await _host.Get<IndicatorImporter>().ImportFileAsync(ReportFiles.WriteCsv(_host.Folder, name, [ReportFiles.LongHeader, .. rows]), name, "file", "test", CancellationToken.None);

    private static RuleSet LowerYellowCut()
    {
        var node = JsonNode.Parse(DashboardKpi.Scoring.Engine.ShippedRules.ReadText())!;
        node["criteria"]![7]!["threshold"]!["yellow"] = 40;
        return RuleSetReader.Read(node.ToJsonString()).RuleSet!;
    }

    private async Task<IReadOnlyDictionary<string, WhatIfPeriod>> SimulateAsync() =>
        (await _host.Get<RuleSimulator>().SimulateAsync(LowerYellowCut(), [Period.Parse(Before), Period.Parse(After)], CancellationToken.None)).ToDictionary(p => p.Period.ToString());

    private async Task<RatingCounts> StoredAsync(string period)
    {
        var stored = await _host.Get<RatingSnapshotRepository>().ListLatestSummariesForPeriodAsync(Period.Parse(period), CancellationToken.None);
        return new RatingCounts(
            stored.Count(s => s.Overall == RatingColour.Green), stored.Count(s => s.Overall == RatingColour.Yellow), stored.Count(s => s.Overall == RatingColour.Red),
            stored.Count(s => s.Overall is not (RatingColour.Green or RatingColour.Yellow or RatingColour.Red)));
    }

    private static int Total(RatingCounts c) => c.Green + c.Yellow + c.Red + c.NotRated;

    [Test]
    public async Task Simulate_EachPeriod_CountsTheUnitsInForceThen()
    {
        var result = await SimulateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((Total(result[Before].Before), Total(result[Before].After)), Is.EqualTo((168, 168)));
            Assert.That((Total(result[After].Before), Total(result[After].After)), Is.EqualTo((169, 169)), "one ward split in two");
        }
    }

    [Test]
    public async Task Simulate_EachPeriod_BeforeCountsEqualTheStoredRatings()
    {
        var result = await SimulateAsync();
        var (storedBefore, storedAfter) = (await StoredAsync(Before), await StoredAsync(After));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Total(storedBefore), Is.EqualTo(168), "the rescore rates the 168 before the split");
            Assert.That(Total(storedAfter), Is.EqualTo(169), "and 169 from it");
            Assert.That(result[Before].Before, Is.EqualTo(storedBefore));
            Assert.That(result[After].Before, Is.EqualTo(storedAfter));
        }
    }

    [Test]
    public async Task Simulate_EachPeriod_ChangesOnlyUnitsInForceThen()
    {
        var result = await SimulateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result[Before].Changed.Select(c => c.CommuneCode), Is.EqualTo(new[] { PhuLoi }), "red to yellow under the lower cut");
            Assert.That(result[After].Changed.Select(c => c.CommuneCode), Is.EqualTo(new[] { North }),
                "the ended ward's stored 2026-06 row is not rated; the new wards are (the south one is green either way)");
        }
    }
}
