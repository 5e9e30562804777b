using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// A ratio reported as a percentage without a count ("100%" computers with antivirus) is stored as the row's value with
/// no part and no whole, and rated on the percentage: the shipped C7 (AV_UPDATED_MACHINES, green ≥ 95 %, yellow ≥ 80 %,
/// minDenominator 5). A percentage above 100 and a plain number are quarantined. Hand-computed.
/// </summary>
public class PercentageOnlyRatioIngestTests : WorkerlessIngestFixture
{
    private Task<ImportSummary> ImportAsync(string name, params string[] rows) =>
        Host.Get<IndicatorImporter>().ImportFileAsync(ReportFiles.WriteCsv(Host.Folder, name, [ReportFiles.LongHeader, .. rows]), name, "file", "test", CancellationToken.None);

    [Test]
    public async Task OneHundredPercent_IsStoredWithoutACount_AndRatedGreenWithTheNote()
    {
        var summary = await ImportAsync("av-percent.csv", "25747,2025-08,AV_UPDATED_MACHINES,100%");
        var stored = await Host.Get<IndicatorRepository>().FindAsync(new IndicatorKey("25747", "AV_UPDATED_MACHINES", new Period(2025, 8), "file"), CancellationToken.None);
        await Host.Get<Rescorer>().RescoreAsync([new Period(2025, 8)], CancellationToken.None);
        var snapshot = await Host.Get<RatingSnapshotRepository>().FindLatestAsync("25747", new Period(2025, 8), CancellationToken.None);
        var criterion = ScoreJson.Deserialize(snapshot!.ResultJson).Criteria.Single(c => c.Code == "C7");
        var reproduction = await Host.Get<RatingReproducer>().ReproduceAsync(snapshot, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((summary.ImportedCount, summary.QuarantinedCount), Is.EqualTo((1, 0)));
            Assert.That((stored!.Value, stored.Part, stored.Whole), Is.EqualTo(((decimal?)100m, (decimal?)null, (decimal?)null)));
            Assert.That((criterion.Outcome, criterion.Rating), Is.EqualTo((Outcome.Rated, (Rating?)Rating.Green)));
            Assert.That(criterion.Value!.Text.Vi, Is.EqualTo("100% (báo cáo không kèm số lượng)"));
            Assert.That(criterion.Reason.Vi, Does.EndWith("Mẫu số tối thiểu: không áp dụng, báo cáo không có số lượng."));
            Assert.That(criterion.Reason.En, Does.EndWith("Minimum denominator: not applicable, no count reported."));
            Assert.That(reproduction.Identical, Is.True, string.Join("; ", reproduction.Differences.Select(d => d.En)));
        }
    }

    [Test]
    public async Task EightyFivePointFivePercent_IsYellow_NinePointFivePointsShortOfGreen()
    {
        await ImportAsync("av-yellow.csv", "25750,2025-08,AV_UPDATED_MACHINES,\"85,5 %\"");
        await Host.Get<Rescorer>().RescoreAsync([new Period(2025, 8)], CancellationToken.None);
        var snapshot = await Host.Get<RatingSnapshotRepository>().FindLatestAsync("25750", new Period(2025, 8), CancellationToken.None);
        var criterion = ScoreJson.Deserialize(snapshot!.ResultJson).Criteria.Single(c => c.Code == "C7");

        // 85.5 ≥ 80, < 95: 95 − 85.5 = 9.5 percentage points.
        Assert.That(criterion.Rating, Is.EqualTo(Rating.Yellow));
        Assert.That(criterion.GapTo(Rating.Green)!.Missing, Is.EqualTo(9.5m));
        Assert.That(criterion.GapTo(Rating.Green)!.Unit!.En, Is.EqualTo("percentage points"));
    }

    [Test]
    public async Task AboveOneHundredOrWithoutTheSign_IsQuarantined()
    {
        var summary = await ImportAsync("av-bad.csv", "25747,2025-09,AV_UPDATED_MACHINES,120%", "25750,2025-09,AV_UPDATED_MACHINES,85");
        var quarantined = await Host.Get<IngestRunRepository>().ListQuarantinedRowsAsync(summary.RunId, 0, 10, CancellationToken.None);

        Assert.That((summary.ImportedCount, summary.QuarantinedCount), Is.EqualTo((0, 2)));
        Assert.That(quarantined.Select(q => q.ReasonCode), Is.EqualTo(new[] { "value.percentOutOfRange", "value.unparsable" }));
    }
}
