using Dapper;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Rescoring never stops silently: every period's run is recorded, one unit the store refuses costs only its own
/// colour, a period that fails as a whole is recorded and the next one still rescored, and a request shows as pending
/// until a rescore has run after it.
/// </summary>
public sealed class RescoreRecordingTests : WorkerlessIngestFixture
{
    private PeriodRescoreRepository Status => Host.Get<PeriodRescoreRepository>();

    private Task ImportAsync(string name, params string[] rows) => Host.Get<IndicatorImporter>().ImportFileAsync(
        ReportFiles.WriteCsv(Host.Folder, name, [ReportFiles.LongHeader, .. rows]), name, "file", "test", CancellationToken.None);

    [Test]
    public async Task Rescore_RatioBelowItsMinimumDenominator_StoresThePeriodWithTheGreyState()
    {
        // The reported case: 1/2 machines (under C7's minimum denominator of 5) beside 0/40 for another unit.
        await ImportAsync("oct.csv", $"{TestData.ThuDauMot},2025-10,AV_UPDATED_MACHINES,1/2", $"{TestData.SaiGon},2025-10,AV_UPDATED_MACHINES,0/40");

        await Host.Get<Rescorer>().RescoreAsync([new Period(2025, 10)], CancellationToken.None);

        var snapshots = Host.Get<RatingSnapshotRepository>();
        var small = await snapshots.FindLatestAsync(TestData.ThuDauMot, new Period(2025, 10), CancellationToken.None);
        var none = await snapshots.FindLatestAsync(TestData.SaiGon, new Period(2025, 10), CancellationToken.None);
        var status = await Status.FindAsync(new Period(2025, 10), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(small!.Criteria.Single(c => c.CriterionCode == "C7").Rating, Is.EqualTo(RatingColour.InsufficientData));
            Assert.That(none!.Criteria.Single(c => c.CriterionCode == "C7").Rating, Is.EqualTo(RatingColour.Red));
            Assert.That(none.Overall, Is.EqualTo(RatingColour.Red), "C7 is critical: 0/40 makes the unit red");
            Assert.That(status!.Status, Is.EqualTo(PeriodRescoreStatus.Succeeded));
            Assert.That(RescoreStates.Of(status), Is.EqualTo(RescoreState.UpToDate));
        }
    }

    [Test]
    public async Task Rescore_OneUnitTheStoreRefuses_StoresTheOthersAndRecordsThatUnit()
    {
        await ImportAsync("nov.csv", $"{TestData.ThuDauMot},2025-11,AV_UPDATED_MACHINES,17/40", $"{TestData.SaiGon},2025-11,AV_UPDATED_MACHINES,40/40");
        await using (var connection = await Host.Get<DbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            // A real store refusing one unit's row, as a constraint or a disk error would.
            await connection.ExecuteAsync($"""
                CREATE TRIGGER RefuseOneUnit BEFORE INSERT ON RatingSnapshot
                WHEN NEW.CommuneCode = '{TestData.SaiGon}' AND NEW.Period = '2025-11'
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                """);
        }

        var written = await Host.Get<Rescorer>().RescoreAsync([new Period(2025, 11)], CancellationToken.None);

        var status = await Status.FindAsync(new Period(2025, 11), CancellationToken.None);
        var failures = await Status.ListFailuresAsync(new Period(2025, 11), CancellationToken.None);
        var stored = await Host.Get<RatingSnapshotRepository>().ListLatestSummariesForPeriodAsync(new Period(2025, 11), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(written, Is.EqualTo(167));
            Assert.That(stored.Select(s => s.CommuneCode), Does.Contain(TestData.ThuDauMot).And.Not.Contain(TestData.SaiGon));
            Assert.That(status!.Status, Is.EqualTo(PeriodRescoreStatus.Partial));
            Assert.That(status.FailedCount, Is.EqualTo(1));
            Assert.That(failures.Select(f => f.CommuneCode), Is.EqualTo(new[] { TestData.SaiGon }));
            Assert.That(failures[0].Error, Does.Contain("refused for the test"));
            Assert.That(RescoreStates.Of(status), Is.EqualTo(RescoreState.Partial));
        }
    }

    [Test]
    public async Task Rescore_APeriodThatFailsWhole_IsRecordedAndTheNextPeriodIsStillRescored()
    {
        await ImportAsync("dec.csv", $"{TestData.ThuDauMot},2025-12,AV_UPDATED_MACHINES,17/40", $"{TestData.ThuDauMot},2026-01,AV_UPDATED_MACHINES,20/40");
        await using (var connection = await Host.Get<DbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("""
                CREATE TRIGGER RefuseDecember BEFORE INSERT ON RatingSnapshot WHEN NEW.Period = '2025-12'
                BEGIN SELECT RAISE(ABORT, 'december refused'); END
                """);
        }

        var failure = await Assert.ThrowsAsync<RescoreFailedException>(() => Host.Get<Rescorer>().RescoreAsync([new Period(2025, 12), new Period(2026, 1)], CancellationToken.None));

        var december = await Status.FindAsync(new Period(2025, 12), CancellationToken.None);
        var january = await Status.FindAsync(new Period(2026, 1), CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Periods, Is.EqualTo(new[] { new Period(2025, 12) }));
            Assert.That(december!.Status, Is.EqualTo(PeriodRescoreStatus.Failed));
            Assert.That(december.Error, Does.Contain("december refused"));
            Assert.That(RescoreStates.Of(december), Is.EqualTo(RescoreState.Failed));
            Assert.That(january!.Status, Is.EqualTo(PeriodRescoreStatus.Succeeded));
            Assert.That(january.WrittenCount, Is.EqualTo(168));
        }
    }

    [Test]
    public async Task Request_ShowsPendingUntilARescoreRunsAfterIt()
    {
        await ImportAsync("feb.csv", $"{TestData.ThuDauMot},2026-02,AV_UPDATED_MACHINES,17/40");
        await Host.Get<Rescorer>().RescoreAsync([new Period(2026, 2)], CancellationToken.None);
        var before = await Status.FindAsync(new Period(2026, 2), CancellationToken.None);

        await Host.Get<RescoreRequests>().RequestAsync([new Period(2026, 2)], RescoreRequester.Admin, CancellationToken.None);
        var pending = await Status.FindAsync(new Period(2026, 2), CancellationToken.None);
        await Host.Get<Rescorer>().RescoreAsync([new Period(2026, 2)], CancellationToken.None);
        var after = await Status.FindAsync(new Period(2026, 2), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RescoreStates.Of(before), Is.EqualTo(RescoreState.UpToDate));
            Assert.That(RescoreStates.Of(pending), Is.EqualTo(RescoreState.Pending));
            Assert.That(pending!.RequestedBy, Is.EqualTo(RescoreRequester.Admin));
            Assert.That(RescoreStates.Of(after), Is.EqualTo(RescoreState.UpToDate));
        }
    }

    [Test]
    public async Task Import_ThatChangesData_RecordsARequestForItsPeriods()
    {
        await ImportAsync("mar.csv", $"{TestData.ThuDauMot},2026-03,AV_UPDATED_MACHINES,17/40");

        var status = await Status.FindAsync(new Period(2026, 3), CancellationToken.None);

        Assert.That((RescoreStates.Of(status), status!.RequestedBy), Is.EqualTo((RescoreState.Pending, RescoreRequester.Import)),
            "no worker runs in this host, so the request stays pending: visible, not silent");
    }
}
