using System.Data.Common;
using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// The data-version stamp: one number in the database that moves in the same transaction as every write that changes
/// what the pages show, so a node that reads it knows whether what it cached is still what the database holds. Plain
/// SQL on one primary-key row, the same on SQLite, SQL Server and PostgreSQL. The stamp is moved as the last statement
/// before the commit, so on SQL Server its row lock is held only for the commit itself. See docs/caching.md.
/// </summary>
public sealed class DataVersion
{
    private const string BumpSql = "UPDATE DataVersion SET Version = Version + 1 WHERE Id = 1";

    private const string ReadSql = "SELECT Version FROM DataVersion WHERE Id = 1";

    private readonly DbConnectionFactory _connections;
    private long _localCommits;

    internal DataVersion(DbConnectionFactory connections) => _connections = connections;

    /// <summary>
    /// How many such commits this process has made: a node compares it with the count at its last check, so its own
    /// writes show on its next request without waiting for the next scheduled check.
    /// </summary>
    public long LocalCommits => Interlocked.Read(ref _localCommits);

    /// <summary>Moves the stamp inside <paramref name="transaction"/>, then commits it.</summary>
    public async Task CommitAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        var moved = await connection.ExecuteAsync(new CommandDefinition(BumpSql, transaction: transaction, cancellationToken: ct)).ConfigureAwait(false);
        if (moved != 1)
        {
            // Without the row nothing would ever tell the other nodes: refuse rather than write silently.
            throw new InvalidOperationException("The DataVersion row is missing: the database is not migrated (2026-12-01_01_CreateDataVersion).");
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        Interlocked.Increment(ref _localCommits);
    }

    /// <summary>The stamp as committed now (one indexed read of one row).</summary>
    public async Task<long> ReadAsync(CancellationToken ct)
    {
        await using var connection = await _connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(ReadSql, cancellationToken: ct)).ConfigureAwait(false);
    }
}
