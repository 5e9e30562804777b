using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>
/// Indicator values by natural key, with a revision history. This file holds the writes and the current values;
/// IndicatorRepository.History.cs holds revisions and the as-of reads that make ratings reproducible.
/// </summary>
public sealed partial class IndicatorRepository(DbConnectionFactory connections)
{
    private const string ValueColumns =
        "CommuneCode, IndicatorCode, Period, Source, Value, Part, Whole, Flag, TaskStatus, CompletedOn, RunId, UpdatedAt, Revision";

    // On SQL Server all indicator writers take this application lock for their transaction, and the data snapshot
    // id is read under its shared mode. Identity values are handed out before commit, so without it a scorer could
    // read MAX(Id) while a lower id is still uncommitted, and that row would later fall inside its snapshot.
    // SQLite needs nothing: its write transactions (BEGIN IMMEDIATE) are already one at a time. PostgreSQL hands out
    // identity values before commit too, so its writers take a transaction-scoped advisory lock the same way (released
    // at commit or rollback); the key is the bytes of "DashKpi" and 1, see IndicatorWriterLockKey.
    private const string TakeWriterLockSqlServer = """
        DECLARE @Result int;
        EXEC @Result = sp_getapplock @Resource = N'DashboardKpi.IndicatorValue', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000;
        IF @Result < 0 THROW 50001, N'Timed out waiting for another indicator writer.', 1;
        """;

    private const string TakeWriterLockPostgreSql = "SELECT pg_advisory_xact_lock(4927346359099484417)";

    /// <summary>The PostgreSQL advisory lock key of indicator writers (bytes "DashKpi" + 0x01), for tests and DBAs reading pg_locks.</summary>
    internal const long IndicatorWriterLockKey = 4927346359099484417;

    // Keyed on IX_IndicatorValue_Period (Period, CommuneCode): one small indexed read per commune and period a chunk
    // touches, instead of every value of the period, so what is read follows the chunk and not the period's size.
    private const string ListCurrentSqlite = "SELECT " + ValueColumns + """
         FROM IndicatorValue
        WHERE Period = @Period AND CommuneCode = @CommuneCode AND Source = @Source
        """;

    private const string ListCurrentSqlServer = "SELECT " + ValueColumns + """
         FROM dbo.IndicatorValue WITH (UPDLOCK, HOLDLOCK)
        WHERE Period = @Period AND CommuneCode = @CommuneCode AND Source = @Source
        """;

    private const string InsertValueSql = """
        INSERT INTO IndicatorValue (CommuneCode, IndicatorCode, Period, Source, Value, Part, Whole, Flag, TaskStatus, CompletedOn, RunId, UpdatedAt, Revision)
        VALUES (@CommuneCode, @IndicatorCode, @Period, @Source, @Value, @Part, @Whole, @Flag, @TaskStatus, @CompletedOn, @RunId, @UpdatedAt, @Revision)
        """;

    private const string UpdateValueSql = """
        UPDATE IndicatorValue
           SET Value = @Value, Part = @Part, Whole = @Whole, Flag = @Flag, TaskStatus = @TaskStatus, CompletedOn = @CompletedOn,
               RunId = @RunId, UpdatedAt = @UpdatedAt, Revision = @Revision
         WHERE CommuneCode = @CommuneCode AND IndicatorCode = @IndicatorCode AND Period = @Period AND Source = @Source
        """;

    private const string InsertRevisionSql = """
        INSERT INTO IndicatorValueRevision (CommuneCode, IndicatorCode, Period, Source, Revision, Value, Part, Whole, Flag, TaskStatus, CompletedOn, RunId, ChangedAt)
        VALUES (@CommuneCode, @IndicatorCode, @Period, @Source, @Revision, @Value, @Part, @Whole, @Flag, @TaskStatus, @CompletedOn, @RunId, @UpdatedAt)
        """;

    /// <summary>
    /// How many readings are decided and written at a time inside the one transaction. The reads and writes cost the
    /// same per row whatever the chunk, so it is kept small: at 1,000 a chunk's tables stay below the large-object
    /// heap and die young; at 5,000 the 100,000-row benchmark ran 18 gen-2 collections per import instead of 2, with
    /// a higher peak and no faster. Internal so that tests can make a small batch span several chunks.
    /// </summary>
    internal int ChunkSize
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A chunk holds at least one reading.");
    } = DefaultChunkSize;

    internal const int DefaultChunkSize = 1_000;

    /// <summary>
    /// Stores a batch in one transaction, by natural key. Returns one outcome per reading, in order. Same content →
    /// Unchanged (nothing written); different content → Updated with a new revision; the earlier value stays in
    /// the history. Re-running the same batch is therefore harmless. Every reading is checked before the database
    /// is touched; the batch is then written chunk by chunk, all in the one transaction.
    /// </summary>
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(
        IReadOnlyList<IndicatorReading> readings, long runId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(readings);
        foreach (var reading in readings)
        {
            Validate(reading);
        }

        var outcomes = new List<UpsertOutcome>(readings.Count);
        await using var transaction = await BeginWriteAsync(ct).ConfigureAwait(false);
        foreach (var chunk in readings.Chunk(ChunkSize))
        {
            outcomes.AddRange(await WriteChunkAsync(transaction, chunk, runId, at, ct).ConfigureAwait(false));
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>
    /// Opens the transaction for <see cref="UpsertChunkAsync"/> and the other writes of the same unit of work (an
    /// import's quarantined rows). On SQL Server and PostgreSQL it first takes the indicator writers' lock. Dispose it without
    /// committing and nothing written through it stays.
    /// </summary>
    public async Task<StorageTransaction> BeginWriteAsync(CancellationToken ct)
    {
        var transaction = await StorageTransaction.BeginAsync(connections, ct).ConfigureAwait(false);
        if (connections.Dialect.Provider != StorageProvider.Sqlite)
        {
            try
            {
                // The lock statement returns a row (void) on PostgreSQL; ExecuteAsync discards it.
                await transaction.Connection.ExecuteAsync(new CommandDefinition(
                    connections.Dialect.Pick("", TakeWriterLockSqlServer, TakeWriterLockPostgreSql), transaction: transaction.Transaction, cancellationToken: ct))
                    .ConfigureAwait(false);
            }
            catch
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return transaction;
    }

    /// <summary>
    /// <see cref="UpsertAsync"/> for one chunk of a larger batch, inside a transaction from <see cref="BeginWriteAsync"/>:
    /// the caller streams a file through it and never holds more than a chunk. Values written by earlier chunks of
    /// the same transaction count as stored, so outcomes are the same as for one big batch.
    /// </summary>
    public Task<IReadOnlyList<UpsertOutcome>> UpsertChunkAsync(
        StorageTransaction transaction, IReadOnlyList<IndicatorReading> chunk, long runId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(chunk);
        foreach (var reading in chunk)
        {
            Validate(reading);
        }

        return WriteChunkAsync(transaction, chunk, runId, at, ct);
    }

    private async Task<IReadOnlyList<UpsertOutcome>> WriteChunkAsync(
        StorageTransaction transaction, IReadOnlyList<IndicatorReading> chunk, long runId, DateTimeOffset at, CancellationToken ct)
    {
        var (connection, tx) = (transaction.Connection, transaction.Transaction);

        // Read the stored values the chunk can change (keeping only its own keys), decide per reading, then write
        // inserts, updates and revisions as three batched commands: a chunk is a few passes, not 3 round trips a row.
        var wanted = chunk.Select(r => r.Key).ToHashSet();
        var current = new Dictionary<IndicatorKey, IndicatorValueRow>();
        foreach (var (source, period, commune) in chunk.Select(r => (r.Source, r.Period, r.CommuneCode)).Distinct())
        {
            var rows = await connection.QueryAsync<IndicatorValueRow>(new CommandDefinition(
                connections.Dialect.Pick(ListCurrentSqlite, ListCurrentSqlServer),
                new { Period = period, CommuneCode = commune, Source = source }, tx, cancellationToken: ct)).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var key = new IndicatorKey(row.CommuneCode, row.IndicatorCode, row.Period, row.Source);
                if (wanted.Contains(key))
                {
                    current[key] = row;
                }
            }
        }

        var outcomes = new List<UpsertOutcome>(chunk.Count);
        var (inserts, updates, revisions) = (new List<IndicatorValueRow>(), new List<IndicatorValueRow>(), new List<IndicatorValueRow>());
        foreach (var reading in chunk)
        {
            var stored = current.GetValueOrDefault(reading.Key);
            if (stored is not null && reading.HasSameContentAs(stored))
            {
                outcomes.Add(UpsertOutcome.Unchanged);
                continue;
            }

            var row = NewRow(reading, runId, at, (stored?.Revision ?? 0) + 1);
            (stored is null ? inserts : updates).Add(row);
            revisions.Add(row);
            current[reading.Key] = row;
            outcomes.Add(stored is null ? UpsertOutcome.Inserted : UpsertOutcome.Updated);
        }

        await WriteRowsAsync(transaction, InsertValueSql, InsertValuePostgreSql, inserts, ct).ConfigureAwait(false);
        await WriteRowsAsync(transaction, UpdateValueSql, UpdateValuePostgreSql, updates, ct).ConfigureAwait(false);
        await WriteRowsAsync(transaction, InsertRevisionSql, InsertRevisionPostgreSql, revisions, ct).ConfigureAwait(false);
        transaction.ChangesShownData |= revisions.Count > 0;
        return outcomes;
    }

    private static IndicatorValueRow NewRow(IndicatorReading reading, long runId, DateTimeOffset at, int revision) => new()
    {
        CommuneCode = reading.CommuneCode,
        IndicatorCode = reading.IndicatorCode,
        Period = reading.Period,
        Source = reading.Source,
        Value = reading.Value,
        Part = reading.Part,
        Whole = reading.Whole,
        Flag = reading.Flag,
        TaskStatus = reading.TaskStatus,
        CompletedOn = reading.CompletedOn,
        RunId = runId,
        UpdatedAt = at,
        Revision = revision,
    };

    private const string FindSql = "SELECT " + ValueColumns + """
         FROM IndicatorValue
        WHERE CommuneCode = @CommuneCode AND IndicatorCode = @IndicatorCode AND Period = @Period AND Source = @Source
        """;

    public async Task<IndicatorValueRow?> FindAsync(IndicatorKey key, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<IndicatorValueRow>(new CommandDefinition(FindSql, key, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    private const string ListForPeriodSql = "SELECT " + ValueColumns + """
         FROM IndicatorValue WHERE Period = @Period ORDER BY CommuneCode, IndicatorCode, Source
        """;

    public async Task<IReadOnlyList<IndicatorValueRow>> ListForPeriodAsync(Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRow>(new CommandDefinition(ListForPeriodSql, new { Period = period }, cancellationToken: ct))
            .ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListForCommuneSql = "SELECT " + ValueColumns + """
         FROM IndicatorValue
        WHERE CommuneCode = @CommuneCode AND Period >= @FromPeriod AND Period <= @ToPeriod
        ORDER BY Period, IndicatorCode, Source
        """;

    /// <summary>Current values of one commune over a period range (both ends included), for trends.</summary>
    public async Task<IReadOnlyList<IndicatorValueRow>> ListForCommuneAsync(string communeCode, Period fromPeriod, Period toPeriod, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRow>(new CommandDefinition(
            ListForCommuneSql, new { CommuneCode = communeCode, FromPeriod = fromPeriod, ToPeriod = toPeriod }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private static void Validate(IndicatorReading reading)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reading.CommuneCode, nameof(reading.CommuneCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(reading.IndicatorCode, nameof(reading.IndicatorCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(reading.Source, nameof(reading.Source));
        StoredDecimal.EnsureFits(reading.Value, nameof(reading.Value));
        StoredDecimal.EnsureFits(reading.Part, nameof(reading.Part));
        StoredDecimal.EnsureFits(reading.Whole, nameof(reading.Whole));
    }
}
