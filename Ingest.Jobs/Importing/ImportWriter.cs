using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// Writes one import's readings and quarantined rows a chunk at a time, all inside one transaction, so memory
/// follows the chunk size and not the file while the file still lands completely or not at all. Nothing is
/// committed until <see cref="CommitAsync"/>, which completes the run in the same transaction; disposing without it
/// rolls every chunk back.
/// </summary>
/// <remarks>
/// The transaction is begun at the first full chunk, not up front, so a file smaller than a chunk is read and
/// validated before the database's write lock is taken, so other writers wait only for the insert. A larger file holds the lock
/// while the rest of it is read and validated (a fraction of a second for a 6,000-value monthly report, a few
/// seconds for 100,000 values): the price of not holding the file in memory.
/// </remarks>
internal sealed class ImportWriter(
    IndicatorRepository indicators, IngestRunRepository runs, long runId, DateTimeOffset at, int chunkSize) : IAsyncDisposable
{
    private readonly List<IndicatorReading> _readings = [];
    private readonly List<QuarantinedRow> _quarantined = [];
    private StorageTransaction? _transaction;

    public int Inserted { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public async Task AddAsync(IndicatorReading reading, CancellationToken ct)
    {
        _readings.Add(reading);
        if (_readings.Count >= chunkSize)
        {
            await WriteReadingsAsync(ct).ConfigureAwait(false);
        }
    }

    public async Task AddAsync(QuarantinedRow row, CancellationToken ct)
    {
        _quarantined.Add(row);
        if (_quarantined.Count >= chunkSize)
        {
            await WriteQuarantinedAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is left, so that the counts are final; nothing is visible yet.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await WriteReadingsAsync(ct).ConfigureAwait(false);
        await WriteQuarantinedAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes the run in the transaction of its data and commits: from here on the whole file is stored, and the
    /// ledger says so. The completion is also the lease's fence: if a node has marked the run interrupted (its lease
    /// lapsed), nothing is committed and <see cref="RunLeaseLostException"/> is thrown, so no data ever lands under an
    /// interrupted run. On SQLite no node can mark it while this transaction holds the write lock, so the check here is
    /// final; on SQL Server the UPDATE locks the run's row until the commit, a moment later.
    /// </summary>
    public async Task CommitAsync(IngestRunCompletion completion, CancellationToken ct)
    {
        await FlushAsync(ct).ConfigureAwait(false);
        var completed = _transaction is null
            ? await runs.CompleteAsync(runId, completion, ct).ConfigureAwait(false)
            : await runs.CompleteAsync(_transaction, runId, completion, ct).ConfigureAwait(false);
        if (!completed)
        {
            throw new RunLeaseLostException(runId);
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(ct).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task WriteReadingsAsync(CancellationToken ct)
    {
        if (_readings.Count == 0)
        {
            return;
        }

        var transaction = await TransactionAsync(ct).ConfigureAwait(false);
        var outcomes = await indicators.UpsertChunkAsync(transaction, _readings, runId, at, ct).ConfigureAwait(false);
        Inserted += outcomes.Count(o => o == UpsertOutcome.Inserted);
        Updated += outcomes.Count(o => o == UpsertOutcome.Updated);
        Unchanged += outcomes.Count(o => o == UpsertOutcome.Unchanged);

        _readings.Clear();
    }

    private async Task WriteQuarantinedAsync(CancellationToken ct)
    {
        if (_quarantined.Count == 0)
        {
            return;
        }

        var transaction = await TransactionAsync(ct).ConfigureAwait(false);
        await runs.AddQuarantinedRowsAsync(transaction, runId, _quarantined, ct).ConfigureAwait(false);
        _quarantined.Clear();
    }

    /// <summary>The import's one transaction (begun now if no chunk has begun it), for writes that must land with the data.</summary>
    public async Task<StorageTransaction> TransactionAsync(CancellationToken ct) =>
        _transaction ??= await indicators.BeginWriteAsync(ct).ConfigureAwait(false);
}
