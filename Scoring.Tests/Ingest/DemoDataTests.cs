using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>Demo data as the embedded default loads it on first start, and the admin action that removes it.</summary>
public class DemoDataTests
{
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:SeedDemoData"] = "true" });

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    /// <summary>One test, because each step needs the one before: seeding all communes and periods takes seconds.</summary>
    [Test]
    public async Task FirstStart_LoadsLabelledDemoData_ASecondSeedDoesNothing_RemoveTakesItAllAway()
    {
        var ratings = await _host.Get<RatingSnapshotRepository>().ListLatestForPeriodAsync(new Period(2025, 7), CancellationToken.None);

        Assert.That(await _host.Get<DemoData>().IsPresentAsync(CancellationToken.None), Is.True);
        Assert.That(await _host.Get<IndicatorRepository>().CountForSourceAsync("demo", CancellationToken.None),
            Is.EqualTo(await _host.Get<IndicatorRepository>().CountAllAsync(CancellationToken.None)), "every value is labelled demo");
        Assert.That(ratings, Has.Count.EqualTo(168));
        Assert.That((ratings.Count(r => r.Overall == RatingColour.Green), ratings.Count(r => r.Overall == RatingColour.Yellow), ratings.Count(r => r.Overall == RatingColour.Red)),
            Is.EqualTo(ReadmeDemoDistribution.For("2025-07")), "stored ratings give the README's July 2025 distribution");

        Assert.That(await _host.Get<DemoData>().SeedIfEmptyAsync(CancellationToken.None), Is.False);

        var removed = await _host.Get<DemoData>().RemoveAsync(CancellationToken.None);

        var after = await _host.Get<RatingSnapshotRepository>().ListLatestForPeriodAsync(new Period(2025, 7), CancellationToken.None);
        Assert.That(removed, Is.GreaterThan(168 * 29));
        Assert.That(await _host.Get<DemoData>().IsPresentAsync(CancellationToken.None), Is.False);
        Assert.That(after.Select(r => r.Overall).Distinct(), Is.EqualTo(new[] { RatingColour.NoData }), "with no data left, every commune has no rating");
    }
}
