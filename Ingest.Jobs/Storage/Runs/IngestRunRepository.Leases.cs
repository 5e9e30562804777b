using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>
/// Run leases: the process importing a run renews its lease; once the lease has lapsed, any node may mark the run
/// interrupted. Both are conditional UPDATEs on Status = 'running', so the database decides who wins: a run is
/// claimed once, by one node, and never after it completed. Times are compared in UTC (on SQLite the stored texts
/// are compared, which orders correctly only when every lease is written with the same offset).
/// </summary>
public sealed partial class IngestRunRepository
{
    private const string RenewLeaseSql = "UPDATE IngestRun SET LeaseExpiresAt = @Until WHERE Id = @Id AND Status = 'running'";

    /// <summary>Extends a running run's lease to <paramref name="until"/>; false if the run is no longer running.</summary>
    public async Task<bool> RenewLeaseAsync(long runId, DateTimeOffset until, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            RenewLeaseSql, new { Id = runId, Until = until.ToUniversalTime() }, cancellationToken: ct)).ConfigureAwait(false);
        return changed == 1;
    }

    private const string CountLapsedSql = "SELECT COUNT(*) FROM IngestRun WHERE Status = 'running' AND LeaseExpiresAt < @Now";

    private const string InterruptLapsedSqlite = """
        UPDATE IngestRun SET Status = 'interrupted', FinishedAt = @Now, Message = @Message
         WHERE Status = 'running' AND LeaseExpiresAt < @Now
        RETURNING Id
        """;

    private const string InterruptLapsedSqlServer = """
        UPDATE dbo.IngestRun SET Status = N'interrupted', FinishedAt = @Now, Message = @Message
        OUTPUT INSERTED.Id
         WHERE Status = N'running' AND LeaseExpiresAt < @Now
        """;

    /// <summary>
    /// Marks every running run whose lease lapsed before <paramref name="now"/> as interrupted, with the time and the
    /// message given, and returns their ids: only the runs this call claimed, so of several nodes checking at once each
    /// run is reported by exactly one. It first only reads (which never waits), so a check that finds nothing writes
    /// nothing: on SQLite a write would queue for the database's one write lock every few seconds on every node.
    /// </summary>
    public async Task<IReadOnlyList<long>> InterruptLapsedAsync(DateTimeOffset now, string message, CancellationToken ct)
    {
        var parameters = new { Now = now.ToUniversalTime(), Message = message };
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountLapsedSql, parameters, cancellationToken: ct)).ConfigureAwait(false) == 0)
        {
            return [];
        }

        var claimed = await connection.QueryAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InterruptLapsedSqlite, InterruptLapsedSqlServer), parameters, cancellationToken: ct)).ConfigureAwait(false);
        return claimed.AsList();
    }
}
