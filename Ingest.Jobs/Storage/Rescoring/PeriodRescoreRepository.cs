using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Rescoring;

/// <summary>
/// Per period, the last rescore asked for and how the last rescore went, with the units it could not store. Every
/// write is a single statement keyed by period (or one transaction), so several nodes can report without a lock.
/// Every write moves the data-version stamp: pages keep a period's rescore state with its colours (docs/caching.md).
/// </summary>
public sealed class PeriodRescoreRepository(DbConnectionFactory connections)
{
    private const string Columns =
        "Period, RequestedAt, RequestedBy, StartedAt, FinishedAt, Status, DataSnapshotId, RuleSetVersion, WrittenCount, FailedCount, Error";

    private const string RequestSqlite = """
        INSERT INTO PeriodRescore (Period, RequestedAt, RequestedBy) VALUES (@Period, @At, @By)
        ON CONFLICT (Period) DO UPDATE SET RequestedAt = excluded.RequestedAt, RequestedBy = excluded.RequestedBy
        """;

    private const string RequestSqlServer = """
        MERGE dbo.PeriodRescore WITH (HOLDLOCK) AS target
        USING (SELECT @Period AS Period) AS source ON target.Period = source.Period
        WHEN MATCHED THEN UPDATE SET RequestedAt = @At, RequestedBy = @By
        WHEN NOT MATCHED THEN INSERT (Period, RequestedAt, RequestedBy) VALUES (@Period, @At, @By);
        """;

    /// <summary>Records that the periods must be rescored: until a rescore starts after this, their colours show as pending.</summary>
    public async Task RequestAsync(IEnumerable<Period> periods, DateTimeOffset at, string requestedBy, CancellationToken ct)
    {
        var rows = periods.Distinct().Select(p => new { Period = p, At = at, By = requestedBy }).ToList();
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(connections.Dialect.Pick(RequestSqlite, RequestSqlServer), rows, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
    }

    private const string StartSqlite = """
        INSERT INTO PeriodRescore (Period, StartedAt, Status) VALUES (@Period, @At, 'running')
        ON CONFLICT (Period) DO UPDATE SET StartedAt = excluded.StartedAt, Status = 'running'
        """;

    private const string StartSqlServer = """
        MERGE dbo.PeriodRescore WITH (HOLDLOCK) AS target
        USING (SELECT @Period AS Period) AS source ON target.Period = source.Period
        WHEN MATCHED THEN UPDATE SET StartedAt = @At, Status = N'running'
        WHEN NOT MATCHED THEN INSERT (Period, StartedAt, Status) VALUES (@Period, @At, N'running');
        """;

    /// <summary>Marks a period's rescore as running; the previous run's figures stay until it finishes.</summary>
    public async Task StartAsync(Period period, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            connections.Dialect.Pick(StartSqlite, StartSqlServer), new { Period = period, At = at }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
    }

    private const string FinishSql = """
        UPDATE PeriodRescore
           SET FinishedAt = @FinishedAt, Status = @Status, DataSnapshotId = @DataSnapshotId, RuleSetVersion = @RuleSetVersion,
               WrittenCount = @WrittenCount, FailedCount = @FailedCount, Error = @Error
         WHERE Period = @Period
        """;

    private const string DeleteFailuresSql = "DELETE FROM PeriodRescoreFailure WHERE Period = @Period";

    private const string InsertFailureSql = "INSERT INTO PeriodRescoreFailure (Period, CommuneCode, Error) VALUES (@Period, @CommuneCode, @Error)";

    /// <summary>Stores how the rescore ended and replaces the period's list of failed units, in one transaction.</summary>
    public async Task FinishAsync(PeriodRescoreCompletion completion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(completion);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(FinishSql, new
        {
            completion.Period,
            completion.FinishedAt,
            completion.Status,
            completion.DataSnapshotId,
            completion.RuleSetVersion,
            completion.WrittenCount,
            FailedCount = completion.Failures.Count,
            completion.Error,
        }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(DeleteFailuresSql, new { completion.Period }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(InsertFailureSql,
            completion.Failures.Select(f => new { completion.Period, f.CommuneCode, f.Error }), tx, cancellationToken: ct)).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
    }

    private const string FindSql = "SELECT " + Columns + " FROM PeriodRescore WHERE Period = @Period";

    public async Task<PeriodRescore?> FindAsync(Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<PeriodRescore>(new CommandDefinition(FindSql, new { Period = period }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListSql = "SELECT " + Columns + " FROM PeriodRescore ORDER BY Period DESC";

    /// <summary>Every tracked period, newest first.</summary>
    public async Task<IReadOnlyList<PeriodRescore>> ListAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<PeriodRescore>(new CommandDefinition(ListSql, cancellationToken: ct)).ConfigureAwait(false)).AsList();
    }

    private const string ListFailuresSql = "SELECT CommuneCode, Error FROM PeriodRescoreFailure WHERE Period = @Period ORDER BY CommuneCode";

    public async Task<IReadOnlyList<RescoreFailure>> ListFailuresAsync(Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<RescoreFailure>(new CommandDefinition(ListFailuresSql, new { Period = period }, cancellationToken: ct)).ConfigureAwait(false)).AsList();
    }

    private const string ListUntrackedPeriodsSql = """
        SELECT Period FROM RatingSnapshot WHERE Period NOT IN (SELECT Period FROM PeriodRescore)
        UNION
        SELECT Period FROM IndicatorValue WHERE Period NOT IN (SELECT Period FROM PeriodRescore)
        """;

    /// <summary>Periods with ratings or data but no rescore on record (a database from before rescores were tracked).</summary>
    public async Task<IReadOnlyList<Period>> ListUntrackedPeriodsAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<Period>(new CommandDefinition(ListUntrackedPeriodsSql, cancellationToken: ct)).ConfigureAwait(false)).Order().ToList();
    }
}
