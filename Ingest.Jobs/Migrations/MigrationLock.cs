using System.Data.Common;
using System.Globalization;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using Npgsql;

namespace DashboardKpi.Ingest.Jobs.Migrations;

/// <summary>
/// Keeps two nodes that start together from migrating at once. SQL Server: a session-owned application lock
/// (sp_getapplock, as Hangfire's Install.sql does), held on its own connection while DbUp runs on others.
/// PostgreSQL: a session-level advisory lock (pg_advisory_lock), held the same way on a connection of its own.
/// SQLite: an exclusive lock file next to the database, because a write transaction held open here would block
/// DbUp's own connection; the database file is local to the machine, so a file lock covers every process.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private const string ResourceName = "DashboardKpi.SchemaMigrator";

    private const string AcquireSqlServer = """
        DECLARE @Result int;
        EXEC @Result = sp_getapplock @Resource = @ResourceName, @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = @TimeoutMs;
        SELECT @Result;
        """;

    private const string ReleaseSqlServer =
        "EXEC sp_releaseapplock @Resource = @ResourceName, @LockOwner = N'Session';";

    // PostgreSQL advisory locks are keyed by a number: the bytes of "DashKpi" and 2 (1 is the indicator writers' lock).
    // The wait is bounded by the command timeout; a cancelled wait leaves no lock behind.
    private const string AcquirePostgreSql = "SELECT pg_advisory_lock(4927346359099484418)";

    private const string ReleasePostgreSql = "SELECT pg_advisory_unlock(4927346359099484418)";

    private readonly DbConnection? _connection;
    private readonly FileStream? _lockFile;

    private MigrationLock(DbConnection? connection, FileStream? lockFile)
    {
        _connection = connection;
        _lockFile = lockFile;
    }

    public static async Task<MigrationLock> AcquireAsync(DbConnectionFactory connections, TimeSpan timeout, CancellationToken ct)
    {
        if (connections.Dialect.Provider == StorageProvider.SqlServer)
        {
            var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
            var timeoutMs = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds);
            var result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                AcquireSqlServer, new { ResourceName, TimeoutMs = timeoutMs }, commandTimeout: (timeoutMs / 1000) + 30, cancellationToken: ct))
                .ConfigureAwait(false);
            if (result < 0)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw new TimeoutException(string.Format(
                    CultureInfo.InvariantCulture,
                    "Could not take the migration lock within {0} (sp_getapplock returned {1}); another node may be migrating.",
                    timeout,
                    result));
            }

            return new MigrationLock(connection, null);
        }

        if (connections.Dialect.Provider == StorageProvider.PostgreSql)
        {
            return new MigrationLock(await AcquirePostgreSqlAsync(connections, timeout, ct).ConfigureAwait(false), null);
        }

        connections.EnsureSqliteDirectoryExists();
        var path = connections.SqliteFilePath + ".migrate.lock";
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new MigrationLock(null, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task<DbConnection> AcquirePostgreSqlAsync(DbConnectionFactory connections, TimeSpan timeout, CancellationToken ct)
    {
        var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            var timeoutSeconds = (int)Math.Clamp(Math.Ceiling(timeout.TotalSeconds), 1, int.MaxValue);
            await connection.ExecuteAsync(new CommandDefinition(AcquirePostgreSql, commandTimeout: timeoutSeconds, cancellationToken: ct)).ConfigureAwait(false);
            return connection;
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException(string.Format(
                CultureInfo.InvariantCulture, "Could not take the migration lock within {0}; another node may be migrating.", timeout), e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Closing the session would release the lock too; releasing explicitly returns the pooled connection clean.
            var release = _connection is NpgsqlConnection
                ? new CommandDefinition(ReleasePostgreSql)
                : new CommandDefinition(ReleaseSqlServer, new { ResourceName });
            await _connection.ExecuteAsync(release).ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        if (_lockFile is not null)
        {
            await _lockFile.DisposeAsync().ConfigureAwait(false);
        }
    }
}
