using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>
/// A batch is written a chunk at a time inside one transaction, so that memory follows the chunk and not the
/// batch. With a chunk of two readings, small batches here span several chunks: the outcomes must be those of one
/// batch, and a failure in a later chunk must leave nothing of the earlier ones.
/// </summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class IndicatorChunkedWriteTests(StorageProvider provider) : StorageTestBase(provider)
{
    private IndicatorRepository ChunksOfTwo => new(Connections) { ChunkSize = 2 };

    [Test]
    public async Task UpsertAsync_BatchOfThreeChunks_StoresEveryReadingWithTheOutcomesOfOneBatch()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var (changed, same) = (TestData.Reading("chunks.changed", "2026-06", 1m), TestData.Reading("chunks.same", "2026-06", 1m));
        await new IndicatorRepository(Connections).UpsertAsync([changed, same], runId, TestData.At, CancellationToken.None);
        var batch = new[]
        {
            TestData.Reading("chunks.new1", "2026-06", 10m), changed with { Value = 2m },
            same, TestData.Reading("chunks.new2", "2026-06", 20m, TestData.SaiGon),
            TestData.Reading("chunks.new3", "2026-07", 30m),
        };

        var outcomes = await ChunksOfTwo.UpsertAsync(batch, runId, TestData.At.AddDays(1), CancellationToken.None);

        var stored = await Task.WhenAll(batch.Select(r => ChunksOfTwo.FindAsync(r.Key, CancellationToken.None)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes, Is.EqualTo(new[]
            {
                UpsertOutcome.Inserted, UpsertOutcome.Updated, UpsertOutcome.Unchanged, UpsertOutcome.Inserted, UpsertOutcome.Inserted,
            }));
            Assert.That(stored.Select(v => v?.Value), Is.EqualTo(new decimal?[] { 10m, 2m, 1m, 20m, 30m }));
            Assert.That(stored.Select(v => v?.Revision), Is.EqualTo(new int?[] { 1, 2, 1, 1, 1 }));
        }
    }

    [Test]
    public async Task UpsertAsync_SameKeyInAnEarlierChunk_CountsAsStoredInTheLaterOne()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var first = TestData.Reading("chunks.twice", "2026-06", 1m);

        var outcomes = await ChunksOfTwo.UpsertAsync(
            [first, TestData.Reading("chunks.between", "2026-06", 1m), first with { Value = 2m }, first with { Value = 2m }],
            runId, TestData.At, CancellationToken.None);

        var revisions = await ChunksOfTwo.ListRevisionsAsync(first.Key, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes, Is.EqualTo(new[] { UpsertOutcome.Inserted, UpsertOutcome.Inserted, UpsertOutcome.Updated, UpsertOutcome.Unchanged }));
            Assert.That(revisions.Select(r => (r.Revision, r.Value)), Is.EqualTo(new[] { (1, (decimal?)1m), (2, (decimal?)2m) }));
        }
    }

    [Test]
    public async Task UpsertAsync_FailureInTheThirdChunk_StoresNothingOfTheFirstTwo()
    {
        var runId = await TestData.StartRunAsync(Connections);
        var good = Enumerable.Range(1, 4).Select(n => TestData.Reading("chunks.rollback" + n, "2026-08", n)).ToList();
        var unknownCommune = TestData.Reading("chunks.rollback5", "2026-08", 5m, "00000");

        Assert.That(
            async () => await ChunksOfTwo.UpsertAsync([.. good, unknownCommune], runId, TestData.At, CancellationToken.None),
            Throws.InstanceOf<System.Data.Common.DbException>());

        var stored = await Task.WhenAll(good.Select(r => ChunksOfTwo.FindAsync(r.Key, CancellationToken.None)));
        Assert.That(stored, Is.All.Null);
    }

    [Test]
    public async Task BeginWriteAsync_DisposedWithoutCommit_KeepsNeitherValuesNorQuarantinedRows()
    {
        var runs = new IngestRunRepository(Connections);
        var runId = await TestData.StartRunAsync(Connections);
        var reading = TestData.Reading("chunks.uncommitted", "2026-09", 1m);

        await using (var transaction = await ChunksOfTwo.BeginWriteAsync(CancellationToken.None))
        {
            await ChunksOfTwo.UpsertChunkAsync(transaction, [reading], runId, TestData.At, CancellationToken.None);
            await runs.AddQuarantinedRowsAsync(transaction, runId, [Quarantined(2)], CancellationToken.None);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ChunksOfTwo.FindAsync(reading.Key, CancellationToken.None), Is.Null);
            Assert.That(await runs.ListQuarantinedRowsAsync(runId, 0, 10, CancellationToken.None), Is.Empty);
        }
    }

    [Test]
    public async Task BeginWriteAsync_Committed_KeepsValuesAndQuarantinedRowsOfEveryChunk()
    {
        var runs = new IngestRunRepository(Connections);
        var runId = await TestData.StartRunAsync(Connections);
        var (first, second) = (TestData.Reading("chunks.committed1", "2026-09", 1m), TestData.Reading("chunks.committed2", "2026-09", 2m));

        await using (var transaction = await ChunksOfTwo.BeginWriteAsync(CancellationToken.None))
        {
            await ChunksOfTwo.UpsertChunkAsync(transaction, [first], runId, TestData.At, CancellationToken.None);
            await runs.AddQuarantinedRowsAsync(transaction, runId, [Quarantined(3)], CancellationToken.None);
            await ChunksOfTwo.UpsertChunkAsync(transaction, [second], runId, TestData.At, CancellationToken.None);
            await runs.AddQuarantinedRowsAsync(transaction, runId, [Quarantined(5)], CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await ChunksOfTwo.FindAsync(first.Key, CancellationToken.None))?.Value, Is.EqualTo(1m));
            Assert.That((await ChunksOfTwo.FindAsync(second.Key, CancellationToken.None))?.Value, Is.EqualTo(2m));
            Assert.That((await runs.ListQuarantinedRowsAsync(runId, 0, 10, CancellationToken.None)).Select(q => (q.RunId, q.RowNumber)),
                Is.EqualTo(new[] { (runId, 3), (runId, 5) }));
        }
    }

    private static QuarantinedRow Quarantined(int rowNumber) => new()
    {
        RowNumber = rowNumber,
        RawContent = "99999,2026-09,AV_UPDATED_MACHINES,1/2",
        ReasonCode = "commune.unknown",
        MessageVi = "Mã đơn vị không tồn tại",
        MessageEn = "Unknown commune code",
    };
}
