using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>Ratings are stored pinned to rules, data snapshot and app version, and reproduce identically after later corrections.</summary>
public class RescoreAndReproduceTests
{
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Reproduce_AfterACorrection_TheEarlierRatingStillRecomputesIdentically()
    {
        var importer = _host.Get<IndicatorImporter>();
        await importer.ImportFileAsync(ReportFiles.WriteCsv(_host.Folder, "july.csv", [ReportFiles.LongHeader, "25777,2025-07,AV_UPDATED_MACHINES,17/40", "25777,2025-07,ONLINE_DOSSIERS,400"]),
            "july.csv", "file", "test", CancellationToken.None);
        await _host.Get<Rescorer>().RescoreAsync(["2025-07"], CancellationToken.None);
        var before = await _host.Get<RatingSnapshotRepository>().FindLatestAsync("25777", "2025-07", CancellationToken.None);

        await importer.ImportFileAsync(ReportFiles.WriteCsv(_host.Folder, "july-fixed.csv", [ReportFiles.LongHeader, "25777,2025-07,AV_UPDATED_MACHINES,39/40", "25777,2025-07,ONLINE_DOSSIERS,400"]),
            "july-fixed.csv", "file", "test", CancellationToken.None);
        await _host.Get<Rescorer>().RescoreAsync(["2025-07"], CancellationToken.None);
        var after = await _host.Get<RatingSnapshotRepository>().FindLatestAsync("25777", "2025-07", CancellationToken.None);

        var reproducer = _host.Get<RatingReproducer>();
        var oldAgain = await reproducer.ReproduceAsync(before!, CancellationToken.None);
        var newAgain = await reproducer.ReproduceAsync(after!, CancellationToken.None);
        Assert.That((before!.Overall, after!.Overall), Is.EqualTo((RatingColour.Red, RatingColour.Yellow)));
        Assert.That(after.DataSnapshotId, Is.GreaterThan(before.DataSnapshotId));
        Assert.That((oldAgain.Identical, oldAgain.Differences.Count), Is.EqualTo((true, 0)));
        Assert.That(newAgain.Identical, Is.True);
        Assert.That(before.RuleSetSha256, Has.Length.EqualTo(64));
    }

    [Test]
    public async Task Rescore_UnchangedData_WritesNoNewSnapshots()
    {
        await _host.Get<IndicatorImporter>().ImportFileAsync(ReportFiles.WriteCsv(_host.Folder, "aug.csv", [ReportFiles.LongHeader, "25780,2025-08,AV_UPDATED_MACHINES,17/40"]),
            "aug.csv", "file", "test", CancellationToken.None);

        var first = await _host.Get<Rescorer>().RescoreAsync(["2025-08"], CancellationToken.None);
        var second = await _host.Get<Rescorer>().RescoreAsync(["2025-08"], CancellationToken.None);

        Assert.That((first, second), Is.EqualTo((168, 0)));
    }

    [Test]
    public async Task Reproduce_TamperedStoredResult_ReportsTheDifference()
    {
        await _host.Get<IndicatorImporter>().ImportFileAsync(ReportFiles.WriteCsv(_host.Folder, "sep.csv", [ReportFiles.LongHeader, "25747,2025-09,AV_UPDATED_MACHINES,17/40"]),
            "sep.csv", "file", "test", CancellationToken.None);
        await _host.Get<Rescorer>().RescoreAsync(["2025-09"], CancellationToken.None);
        var stored = await _host.Get<RatingSnapshotRepository>().FindLatestAsync("25747", "2025-09", CancellationToken.None);

        var tampered = stored! with { ResultJson = stored.ResultJson.Replace("\"overall\":\"red\"", "\"overall\":\"green\"", StringComparison.Ordinal) };
        var result = await _host.Get<RatingReproducer>().ReproduceAsync(tampered, CancellationToken.None);

        Assert.That(tampered.ResultJson, Is.Not.EqualTo(stored.ResultJson));
        Assert.That(result.Identical, Is.False);
        Assert.That(result.Differences.Select(d => d.En), Does.Contain("overall: stored green, recomputed red"));
        Assert.That(result.Differences.Select(d => d.Vi), Does.Contain("tổng thể: đã lưu xanh, tính lại đỏ"));
    }
}
