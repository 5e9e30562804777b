using Dapper;

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
    // SQLite needs nothing: its write transactions (BEGIN IMMEDIATE) are already one at a time.
    private const string TakeWriterLockSqlServer = """
        DECLARE @Result int;
        EXEC @Result = sp_getapplock @Resource = N'DashboardKpi.IndicatorValue', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000;
        IF @Result < 0 THROW 50001, N'Timed out waiting for another indicator writer.', 1;
        """;

    private const string ListCurrentSqlite = "SELECT " + ValueColumns + """
         FROM IndicatorValue
        WHERE Source = @Source AND Period = @Period
        """;

    private const string ListCurrentSqlServer = "SELECT " + ValueColumns + """
         FROM dbo.IndicatorValue WITH (UPDLOCK, HOLDLOCK)
        WHERE Source = @Source AND Period = @Period
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
    /// Stores a batch in one transaction, by natural key. Returns one outcome per reading, in order. Same content →
    /// Unchanged (nothing written); different content → Updated with a new revision; the earlier value stays in
    /// the history. Re-running the same batch is therefore harmless.
    /// </summary>
    public async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(
        IReadOnlyList<IndicatorReading> readings, long runId, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(readings);
        foreach (var reading in readings)
        {
            Validate(reading);
        }

        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (connections.Dialect.Provider == StorageProvider.SqlServer)
        {
            await connection.ExecuteAsync(new CommandDefinition(TakeWriterLockSqlServer, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
        }

        // Read the current values of every (source, period) the batch touches once, decide per reading, then write
        // inserts, updates and revisions as three batched commands: a 100,000-row report is one pass, not 300,000 round trips.
        var current = new Dictionary<IndicatorKey, IndicatorValue>();
        foreach (var (source, period) in readings.Select(r => (r.Source, r.Period)).Distinct())
        {
            var rows = await connection.QueryAsync<IndicatorValue>(new CommandDefinition(
                connections.Dialect.Pick(ListCurrentSqlite, ListCurrentSqlServer), new { Source = source, Period = period }, tx, cancellationToken: ct)).ConfigureAwait(false);
            foreach (var row in rows)
            {
                current[new IndicatorKey(row.CommuneCode, row.IndicatorCode, row.Period, row.Source)] = row;
            }
        }

        var outcomes = new List<UpsertOutcome>(readings.Count);
        var (inserts, updates, revisions) = (new List<IndicatorValue>(), new List<IndicatorValue>(), new List<IndicatorValue>());
        foreach (var reading in readings)
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

        await connection.ExecuteAsync(new CommandDefinition(InsertValueSql, inserts, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(UpdateValueSql, updates, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(InsertRevisionSql, revisions, tx, cancellationToken: ct)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return outcomes;
    }

    private static IndicatorValue NewRow(IndicatorReading reading, long runId, DateTimeOffset at, int revision) => new()
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

    public async Task<IndicatorValue?> FindAsync(IndicatorKey key, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<IndicatorValue>(new CommandDefinition(FindSql, key, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    private const string ListForPeriodSql = "SELECT " + ValueColumns + """
         FROM IndicatorValue WHERE Period = @Period ORDER BY CommuneCode, IndicatorCode, Source
        """;

    public async Task<IReadOnlyList<IndicatorValue>> ListForPeriodAsync(string period, CancellationToken ct)
    {
        PeriodText.Require(period, nameof(period));
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValue>(new CommandDefinition(ListForPeriodSql, new { Period = period }, cancellationToken: ct))
            .ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListForCommuneSql = "SELECT " + ValueColumns + """
         FROM IndicatorValue
        WHERE CommuneCode = @CommuneCode AND Period >= @FromPeriod AND Period <= @ToPeriod
        ORDER BY Period, IndicatorCode, Source
        """;

    /// <summary>Current values of one commune over a period range (both ends included), for trends.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> ListForCommuneAsync(string communeCode, string fromPeriod, string toPeriod, CancellationToken ct)
    {
        PeriodText.Require(fromPeriod, nameof(fromPeriod));
        PeriodText.Require(toPeriod, nameof(toPeriod));
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValue>(new CommandDefinition(
            ListForCommuneSql, new { CommuneCode = communeCode, FromPeriod = fromPeriod, ToPeriod = toPeriod }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private static void Validate(IndicatorReading reading)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reading.CommuneCode, nameof(reading.CommuneCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(reading.IndicatorCode, nameof(reading.IndicatorCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(reading.Source, nameof(reading.Source));
        PeriodText.Require(reading.Period, nameof(reading.Period));
        StoredDecimal.EnsureFits(reading.Value, nameof(reading.Value));
        StoredDecimal.EnsureFits(reading.Part, nameof(reading.Part));
        StoredDecimal.EnsureFits(reading.Whole, nameof(reading.Whole));
    }
}
