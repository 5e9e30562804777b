using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class IndicatorRepositoryTests(StorageProvider provider) : StorageTestBase(provider)
{
    private IndicatorRepository Indicators => new(Connections);

    [Test]
    public async Task UpsertAsync_SameBatchTwice_InsertsThenLeavesEverythingUnchanged()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var batch = new[]
        {
            TestData.Reading("idempotent.a", "2026-01", 42.5m),
            TestData.Reading("idempotent.b", "2026-01", 0.1m),
            TestData.Reading("idempotent.c", "2026-01") with { Flag = true },
        };

        var first = await Indicators.UpsertAsync(batch, runId, TestData.At, CancellationToken.None);
        var second = await Indicators.UpsertAsync(batch, runId, TestData.At.AddHours(1), CancellationToken.None);

        var revisions = await Indicators.ListRevisionsAsync(batch[0].Key, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.All.EqualTo(UpsertOutcome.Inserted));
            Assert.That(second, Is.All.EqualTo(UpsertOutcome.Unchanged));
            Assert.That(revisions, Has.Count.EqualTo(1));
            Assert.That((await Indicators.FindAsync(batch[0].Key, CancellationToken.None))!.UpdatedAt, Is.EqualTo(TestData.At));
        }
    }

    [Test]
    public async Task UpsertAsync_SameValueWithTrailingZero_IsUnchanged()
    {
        var runId = await TestData.StartRunAsync(Connections);
        await Indicators.UpsertAsync([TestData.Reading("scale.a", "2026-01", 42.5m)], runId, TestData.At, CancellationToken.None);

        var outcome = await Indicators.UpsertAsync([TestData.Reading("scale.a", "2026-01", 42.50m)], runId, TestData.At, CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(new[] { UpsertOutcome.Unchanged }));
    }

    [Test]
    public async Task UpsertAsync_Correction_UpdatesCurrentAndKeepsEarlierRevisionReadable()
    {
        var firstRun = await TestData.StartRunAsync(Connections);
        var correctionRun = await TestData.StartRunAsync(Connections);
        var original = TestData.Reading("correction.a", "2026-02") with { Part = 17m, Whole = 40m };
        await Indicators.UpsertAsync([original], firstRun, TestData.At, CancellationToken.None);

        var outcome = await Indicators.UpsertAsync([original with { Part = 21m }], correctionRun, TestData.At.AddDays(1), CancellationToken.None);

        var current = await Indicators.FindAsync(original.Key, CancellationToken.None);
        var revisions = await Indicators.ListRevisionsAsync(original.Key, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome, Is.EqualTo(new[] { UpsertOutcome.Updated }));
            Assert.That(current!.Part, Is.EqualTo(21m));
            Assert.That(current.Revision, Is.EqualTo(2));
            Assert.That(current.RunId, Is.EqualTo(correctionRun));
            Assert.That(revisions.Select(r => (r.Revision, r.Part, r.RunId)), Is.EqualTo(new[] { (1, (decimal?)17m, firstRun), (2, (decimal?)21m, correctionRun) }));
            Assert.That(revisions[1].Id, Is.GreaterThan(revisions[0].Id));
        }
    }

    [Test]
    public async Task ListValuesAsOfAsync_AfterCorrection_ReturnsOldValueForOldSnapshotAndNewValueForNew()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var reading = TestData.Reading("asof.a", "2026-03", 10m);
        var other = TestData.Reading("asof.b", "2026-03", 5m, TestData.SaiGon);
        await Indicators.UpsertAsync([reading, other], runId, TestData.At, CancellationToken.None);
        var oldSnapshot = await Indicators.GetDataSnapshotIdAsync(CancellationToken.None);

        await Indicators.UpsertAsync([reading with { Value = 12m }], runId, TestData.At.AddDays(1), CancellationToken.None);
        await Indicators.UpsertAsync([TestData.Reading("asof.c", "2026-03", 1m)], runId, TestData.At.AddDays(1), CancellationToken.None);
        var newSnapshot = await Indicators.GetDataSnapshotIdAsync(CancellationToken.None);

        var asOfOld = await Indicators.ListValuesAsOfAsync(new Period(2026, 3), new Period(2026, 3), oldSnapshot, CancellationToken.None);
        var asOfNew = await Indicators.ListValuesAsOfAsync(new Period(2026, 3), new Period(2026, 3), newSnapshot, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(newSnapshot, Is.GreaterThan(oldSnapshot));
            Assert.That(asOfOld.Select(v => (v.IndicatorCode, v.Value)), Is.EquivalentTo(new[] { ("asof.a", (decimal?)10m), ("asof.b", (decimal?)5m) }));
            Assert.That(asOfNew.Select(v => (v.IndicatorCode, v.Value)), Is.EquivalentTo(new[] { ("asof.a", (decimal?)12m), ("asof.b", (decimal?)5m), ("asof.c", (decimal?)1m) }));
        }
    }

    [Test]
    public async Task ListValuesAsOfAsync_PeriodRange_IncludesBothEndsOnly()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var periods = new[] { "2025-11", "2025-12", "2026-01", "2026-02" };
        await Indicators.UpsertAsync(periods.Select(p => TestData.Reading("range.a", p, 1m)).ToList(), runId, TestData.At, CancellationToken.None);
        var snapshot = await Indicators.GetDataSnapshotIdAsync(CancellationToken.None);

        var values = await Indicators.ListValuesAsOfAsync(new Period(2025, 12), new Period(2026, 1), snapshot, CancellationToken.None);

        Assert.That(values.Where(v => v.IndicatorCode == "range.a").Select(v => v.Period), Is.EqualTo(new[] { new Period(2025, 12), new Period(2026, 1) }));
    }

    [Test]
    public async Task ListForPeriodAsync_AfterUpserts_ReturnsCurrentValuesOfThatPeriod()
    {
        var runId = await TestData.StartRunAsync(Connections);
        await Indicators.UpsertAsync(
            [TestData.Reading("period.a", "2024-05", 1m), TestData.Reading("period.a", "2024-06", 2m)], runId, TestData.At, CancellationToken.None);

        var values = await Indicators.ListForPeriodAsync(new Period(2024, 5), CancellationToken.None);

        Assert.That(values.Select(v => (v.IndicatorCode, v.Value)), Is.EqualTo(new[] { ("period.a", (decimal?)1m) }));
    }

    [Test]
    public async Task UpsertAsync_UnknownCommune_FailsAndStoresNothingOfTheBatch()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var good = TestData.Reading("atomic.a", "2026-04", 1m);

        Assert.That(
            async () => await Indicators.UpsertAsync([good, TestData.Reading("atomic.b", "2026-04", 1m, "00000")], runId, TestData.At, CancellationToken.None),
            Throws.InstanceOf<System.Data.Common.DbException>());
        Assert.That(await Indicators.FindAsync(good.Key, CancellationToken.None), Is.Null);
    }

    [TestCase("2026-13")]
    [TestCase("2026-1")]
    [TestCase("26-01")]
    public void UpsertAsync_MalformedPeriod_IsRefusedBeforeTouchingTheDatabase(string period)
    {
        // A reading carries a Period, so a malformed one is refused while the reading is built, before any storage call.
        Assert.That(
            async () => await Indicators.UpsertAsync([TestData.Reading("bad.period", period, 1m)], 1, TestData.At, CancellationToken.None),
            Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void UpsertAsync_MoreThanTenDecimalPlaces_IsRefusedOnBothProviders()
    {
        Assert.That(
            async () => await Indicators.UpsertAsync([TestData.Reading("bad.scale", "2026-01", 1m / 3m)], 1, TestData.At, CancellationToken.None),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
