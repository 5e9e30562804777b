using System.Data.Common;
using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>The ingest ledger (runs) and the rows each run quarantined; leases are in IngestRunRepository.Leases.cs.</summary>
public sealed partial class IngestRunRepository(DbConnectionFactory connections)
{
    private const string RunColumns =
        "Id, Source, FileName, Sha256, TriggeredBy, StartedAt, FinishedAt, Status, ImportedCount, UpdatedCount, UnchangedCount, QuarantinedCount, Message, LeaseExpiresAt";

    private const string QuarantinedColumns =
        "Id, RunId, RowNumber, RawContent, ReasonCode, MessageVi, MessageEn, CommuneCode, IndicatorCode, Period";

    private const string StartSqlite = """
        INSERT INTO IngestRun (Source, FileName, Sha256, TriggeredBy, StartedAt, Status, LeaseExpiresAt)
        VALUES (@Source, @FileName, @Sha256, @TriggeredBy, @StartedAt, 'running', @LeaseExpiresAt)
        RETURNING Id
        """;

    private const string StartSqlServer = """
        INSERT INTO dbo.IngestRun (Source, FileName, Sha256, TriggeredBy, StartedAt, Status, LeaseExpiresAt)
        OUTPUT INSERTED.Id
        VALUES (@Source, @FileName, @Sha256, @TriggeredBy, @StartedAt, N'running', @LeaseExpiresAt)
        """;

    /// <summary>
    /// Records a run as running, holding its first lease, and returns its id, which the values and quarantined rows
    /// will carry. The lease is stored in UTC, like every lease, so that SQLite can compare the stored texts.
    /// </summary>
    public async Task<long> StartAsync(NewIngestRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(StartSqlite, StartSqlServer),
            new { run.Source, run.FileName, run.Sha256, run.TriggeredBy, run.StartedAt, LeaseExpiresAt = run.LeaseExpiresAt.ToUniversalTime() },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string CompleteSql = """
        UPDATE IngestRun
           SET Status = @Status, FinishedAt = @FinishedAt, ImportedCount = @ImportedCount, UpdatedCount = @UpdatedCount,
               UnchangedCount = @UnchangedCount, QuarantinedCount = @QuarantinedCount, Message = @Message
         WHERE Id = @Id AND Status = 'running'
        """;

    /// <summary>
    /// Ends a running run; false if it was not running (already completed, or marked interrupted because its lease
    /// lapsed). Marking a second run of the same content 'succeeded' violates UX_IngestRun_Source_Sha256: check
    /// <see cref="FindCompletedBySha256Async"/> first and complete it as 'duplicate'.
    /// </summary>
    public async Task<bool> CompleteAsync(long runId, IngestRunCompletion completion, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await CompleteAsync(connection, null, runId, completion, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// <see cref="CompleteAsync(long, IngestRunCompletion, CancellationToken)"/> inside the transaction that wrote the
    /// run's data, so the outcome commits with the data or not at all. False means another node marked the run
    /// interrupted first: the caller must roll its data back (dispose the transaction uncommitted).
    /// </summary>
    public Task<bool> CompleteAsync(StorageTransaction transaction, long runId, IngestRunCompletion completion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return CompleteAsync(transaction.Connection, transaction.Transaction, runId, completion, ct);
    }

    private static async Task<bool> CompleteAsync(
        DbConnection connection, DbTransaction? transaction, long runId, IngestRunCompletion completion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.Status == IngestRunStatus.Running)
        {
            throw new ArgumentException("A completion cannot leave the run running.", nameof(completion));
        }

        var changed = await connection.ExecuteAsync(new CommandDefinition(CompleteSql, new
        {
            Id = runId,
            completion.Status,
            completion.FinishedAt,
            completion.ImportedCount,
            completion.UpdatedCount,
            completion.UnchangedCount,
            completion.QuarantinedCount,
            completion.Message,
        }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        return changed == 1;
    }

    private const string FindSql = "SELECT " + RunColumns + " FROM IngestRun WHERE Id = @Id";

    public async Task<IngestRun?> FindAsync(long runId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<IngestRun>(new CommandDefinition(FindSql, new { Id = runId }, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    private const string FindCompletedBySha256Sql =
        "SELECT " + RunColumns + " FROM IngestRun WHERE Source = @Source AND Sha256 = @Sha256 AND Status = 'succeeded'";

    /// <summary>The earlier successful run of exactly this content from this source, if any: the same file twice.</summary>
    public async Task<IngestRun?> FindCompletedBySha256Async(string source, string sha256, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<IngestRun>(new CommandDefinition(
            FindCompletedBySha256Sql, new { Source = source, Sha256 = sha256 }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListRecentSqlite = "SELECT " + RunColumns + " FROM IngestRun ORDER BY Id DESC LIMIT @Take";

    private const string ListRecentSqlServer = "SELECT TOP (@Take) " + RunColumns + " FROM dbo.IngestRun ORDER BY Id DESC";

    /// <summary>The latest runs, newest first.</summary>
    public async Task<IReadOnlyList<IngestRun>> ListRecentAsync(int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IngestRun>(new CommandDefinition(
            connections.Dialect.Pick(ListRecentSqlite, ListRecentSqlServer), new { Take = take }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string InsertQuarantinedSql = """
        INSERT INTO QuarantinedRow (RunId, RowNumber, RawContent, ReasonCode, MessageVi, MessageEn, CommuneCode, IndicatorCode, Period)
        VALUES (@RunId, @RowNumber, @RawContent, @ReasonCode, @MessageVi, @MessageEn, @CommuneCode, @IndicatorCode, @Period)
        """;

    /// <summary>Stores a run's refused rows in one transaction.</summary>
    public async Task AddQuarantinedRowsAsync(long runId, IReadOnlyList<QuarantinedRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var transaction = await StorageTransaction.BeginAsync(connections, ct).ConfigureAwait(false);
        await AddQuarantinedRowsAsync(transaction, runId, rows, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores some of a run's refused rows inside a transaction the caller commits: an import writes them chunk by
    /// chunk in the same transaction as its values, so a file's quarantine lands with its values or not at all.
    /// </summary>
    public Task AddQuarantinedRowsAsync(StorageTransaction transaction, long runId, IReadOnlyList<QuarantinedRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(rows);
        return transaction.Connection.ExecuteAsync(new CommandDefinition(
            InsertQuarantinedSql, rows.Select(r => r with { RunId = runId }), transaction.Transaction, cancellationToken: ct));
    }

    private const string ListQuarantinedSqlite =
        "SELECT " + QuarantinedColumns + " FROM QuarantinedRow WHERE RunId = @RunId ORDER BY RowNumber, Id LIMIT @Take OFFSET @Skip";

    private const string ListQuarantinedSqlServer = "SELECT " + QuarantinedColumns + """
         FROM dbo.QuarantinedRow WHERE RunId = @RunId ORDER BY RowNumber, Id OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY
        """;

    /// <summary>One page of a run's quarantined rows, in file order.</summary>
    public async Task<IReadOnlyList<QuarantinedRow>> ListQuarantinedRowsAsync(long runId, int skip, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<QuarantinedRow>(new CommandDefinition(
            connections.Dialect.Pick(ListQuarantinedSqlite, ListQuarantinedSqlServer),
            new { RunId = runId, Skip = skip, Take = take },
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }
}
