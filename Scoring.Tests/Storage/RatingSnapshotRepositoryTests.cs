using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class RatingSnapshotRepositoryTests(StorageProvider provider) : StorageTestBase(provider)
{
    private RatingSnapshotRepository Snapshots => new(Connections, new NotificationWriter(Connections, new NotificationOptions(), TimeProvider.System), TimeProvider.System);

    private static NewRatingSnapshot Snapshot(string commune, string period, RatingColour overall, long dataSnapshotId = 7) => new()
    {
        CommuneCode = commune,
        Period = Scoring.Engine.Model.Period.Parse(period),
        RuleSetId = "plan02",
        RuleSetVersion = 3,
        RuleSetSha256 = Sha256Hex.Of("rules v3"),
        DataSnapshotId = dataSnapshotId,
        AppVersion = "1.4.0+abc123",
        Overall = overall,
        Score = 72.5m,
        ResultJson = "{\"overall\":\"" + overall.Spelling() + "\",\"giảiThích\":\"Tỷ lệ máy có phần mềm diệt virus 42,5 %\"}",
        ComputedAt = TestData.At,
        Criteria =
        [
            new RatingSnapshotCriterion { CriterionCode = "zeta.antivirus", Rating = RatingColour.Red, Value = 0.425m },
            new RatingSnapshotCriterion { CriterionCode = "alpha.training", Rating = RatingColour.Green, Value = 1117m },
            new RatingSnapshotCriterion { CriterionCode = "mid.plan", Rating = RatingColour.NoData, Value = null },
        ],
    };

    [Test]
    public async Task SaveAsync_ThenFindLatest_ReloadsEqualToWhatWasSaved()
    {
        var saved = Snapshot(TestData.ThuDauMot, "2026-01", RatingColour.Yellow);

        var id = await Snapshots.SaveAsync(saved, CancellationToken.None);

        var reloaded = await Snapshots.FindLatestAsync(TestData.ThuDauMot, new Period(2026, 1), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reloaded!.Id, Is.EqualTo(id));
            Assert.That(reloaded with { Criteria = [] }, Is.EqualTo(new RatingSnapshot
            {
                Id = id,
                CommuneCode = saved.CommuneCode,
                Period = saved.Period,
                RuleSetId = saved.RuleSetId,
                RuleSetVersion = saved.RuleSetVersion,
                RuleSetSha256 = saved.RuleSetSha256,
                DataSnapshotId = saved.DataSnapshotId,
                AppVersion = saved.AppVersion,
                Overall = saved.Overall,
                Score = saved.Score,
                ResultJson = saved.ResultJson,
                ResultSha256 = Sha256Hex.Of(saved.ResultJson),
                ComputedAt = saved.ComputedAt,
                Criteria = [],
            }));
            Assert.That(reloaded.Criteria, Is.EqualTo(saved.Criteria), "criteria keep their scoring order");
        }
    }

    [Test]
    public async Task SaveAsync_Recompute_KeepsHistoryAndLatestWins()
    {
        var first = await Snapshots.SaveAsync(Snapshot(TestData.SaiGon, "2026-02", RatingColour.Red), CancellationToken.None);
        var second = await Snapshots.SaveAsync(Snapshot(TestData.SaiGon, "2026-02", RatingColour.Green, dataSnapshotId: 9), CancellationToken.None);

        var latest = await Snapshots.FindLatestAsync(TestData.SaiGon, new Period(2026, 2), CancellationToken.None);
        var history = await Snapshots.ListHistoryAsync(TestData.SaiGon, new Period(2026, 2), CancellationToken.None);
        var older = await Snapshots.FindAsync(first, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((latest!.Id, latest.Overall, latest.DataSnapshotId), Is.EqualTo((second, RatingColour.Green, 9L)));
            Assert.That(history.Select(h => h.Id), Is.EqualTo(new[] { second, first }));
            Assert.That(older!.Overall, Is.EqualTo(RatingColour.Red));
            Assert.That(older.Criteria, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public async Task ListLatestForPeriodAsync_SeveralCommunesAndRecomputes_OneLatestPerCommuneWithCriteria()
    {
        await Snapshots.SaveAsync(
            [Snapshot(TestData.ThuDauMot, "2026-03", RatingColour.Red), Snapshot(TestData.SaiGon, "2026-03", RatingColour.Yellow)], CancellationToken.None);
        await Snapshots.SaveAsync(Snapshot(TestData.ThuDauMot, "2026-03", RatingColour.Green), CancellationToken.None);
        await Snapshots.SaveAsync(Snapshot(TestData.ThuDauMot, "2026-04", RatingColour.Red), CancellationToken.None);

        var latest = await Snapshots.ListLatestForPeriodAsync(new Period(2026, 3), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(latest.Select(s => (s.CommuneCode, s.Overall)), Is.EqualTo(new[] { (TestData.ThuDauMot, RatingColour.Green), (TestData.SaiGon, RatingColour.Yellow) }));
            Assert.That(latest.Select(s => s.Criteria.Count), Is.All.EqualTo(3));
        }
    }

    [Test]
    public async Task ListLatestSummariesForPeriodAsync_SameRatingsAndHashes_WithoutTheExplanations()
    {
        await Snapshots.SaveAsync(
            [Snapshot(TestData.ThuDauMot, "2026-05", RatingColour.Red), Snapshot(TestData.SaiGon, "2026-05", RatingColour.Yellow)], CancellationToken.None);

        var full = await Snapshots.ListLatestForPeriodAsync(new Period(2026, 5), CancellationToken.None);
        var summaries = await Snapshots.ListLatestSummariesForPeriodAsync(new Period(2026, 5), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summaries.Select(s => (s.Id, s.CommuneCode, s.Overall, s.ResultSha256)), Is.EqualTo(full.Select(s => (s.Id, s.CommuneCode, s.Overall, s.ResultSha256))));
            Assert.That(summaries.Select(s => s.Criteria.Count), Is.EqualTo(full.Select(s => s.Criteria.Count)));
            Assert.That(full.Select(s => s.ResultJson), Is.All.Not.Empty);
            Assert.That(summaries.Select(s => s.ResultJson), Is.All.Empty);
        }
    }

    [Test]
    public async Task ListPeriodsAsync_AfterSaves_NewestFirstWithoutRepeats()
    {
        await Snapshots.SaveAsync([Snapshot(TestData.SaiGon, "2025-08", RatingColour.Red), Snapshot(TestData.ThuDauMot, "2025-08", RatingColour.Red)], CancellationToken.None);
        await Snapshots.SaveAsync(Snapshot(TestData.SaiGon, "2025-09", RatingColour.Red), CancellationToken.None);

        var periods = await Snapshots.ListPeriodsAsync(CancellationToken.None);

        Assert.That(periods.Where(p => p.Year == 2025), Is.EqualTo(new[] { new Period(2025, 9), new Period(2025, 8) }));
    }

    [Test]
    public async Task SaveAsync_ScoreWithManyDecimals_IsStoredRoundedToTenPlacesOnEveryProvider()
    {
        var id = await Snapshots.SaveAsync(Snapshot(TestData.SaiGon, "2025-10", RatingColour.Yellow) with { Score = 200m / 3m }, CancellationToken.None);

        var stored = await Snapshots.FindAsync(id, CancellationToken.None);

        Assert.That(stored!.Score, Is.EqualTo(66.6666666667m));
    }

    [Test]
    public async Task Reproduce_AfterLaterCorrection_PinnedSnapshotIdStillYieldsTheScoredValues()
    {
        // A rating is pinned to the data snapshot id; a later correction must not change what that id reproduces.
        var indicators = new IndicatorRepository(Connections);
        var runId = await TestData.StartRunAsync(Connections);
        var reading = TestData.Reading("repro.antivirus", "2025-11") with { Part = 17m, Whole = 40m };
        await indicators.UpsertAsync([reading], runId, TestData.At, CancellationToken.None);
        var dataSnapshotId = await indicators.GetDataSnapshotIdAsync(CancellationToken.None);
        var scoredWith = await indicators.ListValuesAsOfAsync(new Period(2025, 11), new Period(2025, 11), dataSnapshotId, CancellationToken.None);
        var id = await Snapshots.SaveAsync(Snapshot(TestData.ThuDauMot, "2025-11", RatingColour.Red, dataSnapshotId), CancellationToken.None);

        await indicators.UpsertAsync([reading with { Part = 38m }], runId, TestData.At.AddDays(3), CancellationToken.None);

        var pinned = await Snapshots.FindAsync(id, CancellationToken.None);
        var reproduced = await indicators.ListValuesAsOfAsync(new Period(2025, 11), new Period(2025, 11), pinned!.DataSnapshotId, CancellationToken.None);
        Assert.That(reproduced, Is.EqualTo(scoredWith));
    }
}
