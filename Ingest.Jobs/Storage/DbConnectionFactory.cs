using System.Data.Common;
using DashboardKpi.Ingest.Jobs.Storage.TypeHandlers;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// Opens one connection per operation for the configured store. Repositories hold only this factory and
/// dispose each connection with <c>await using</c>; pooling makes that cheap on every provider.
/// </summary>
public sealed class DbConnectionFactory
{
    // WAL lets readers run while one writer writes (web and jobs share the file); busy_timeout makes a second
    // writer wait up to 5 s for the lock instead of failing; SQLite leaves foreign keys off unless asked, per
    // connection. synchronous=NORMAL is the documented safe pairing with WAL (no corruption, only the last
    // commit at risk on power loss).
    private const string SqliteOnOpenSqlite =
        "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    private volatile bool _sqliteDirectoryMade;

    static DbConnectionFactory() => DapperTypeHandlers.Register();

    public DbConnectionFactory(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Dialect = SqlDialect.For(options.Provider);
        ConnectionString = options.Provider == StorageProvider.Sqlite
            ? NormaliseSqliteConnectionString(options.ConnectionString)
            : RequireConnectionString(options.Provider, options.ConnectionString);
        DataVersion = new DataVersion(this);
    }

    public StorageOptions Options { get; }

    public SqlDialect Dialect { get; }

    /// <summary>The data-version stamp of this database: writes that change what pages show commit through it.</summary>
    public DataVersion DataVersion { get; }

    /// <summary>The effective connection string (the SQLite default filled in).</summary>
    public string ConnectionString { get; }

    /// <summary>Full path of the SQLite file; null on a server store.</summary>
    public string? SqliteFilePath => Dialect.Provider == StorageProvider.Sqlite
        ? Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource)
        : null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (Dialect.Provider == StorageProvider.SqlServer)
        {
            var sql = new SqlConnection(ConnectionString);
            await sql.OpenAsync(cancellationToken).ConfigureAwait(false);
            return sql;
        }

        if (Dialect.Provider == StorageProvider.PostgreSql)
        {
            var postgres = new NpgsqlConnection(ConnectionString);
            await postgres.OpenAsync(cancellationToken).ConfigureAwait(false);
            return postgres;
        }

        if (!_sqliteDirectoryMade)
        {
            // Once per process, not per connection: a system call on every open was 2 % of a page's time (issue 22).
            EnsureSqliteDirectoryExists();
            _sqliteDirectoryMade = true;
        }

        var sqlite = new SqliteConnection(ConnectionString);
        await sqlite.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragmas = sqlite.CreateCommand();
        pragmas.CommandText = SqliteOnOpenSqlite;
        await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return sqlite;
    }

    /// <summary>"Created on first start, zero set-up": the folder of the database file may not exist yet.</summary>
    public void EnsureSqliteDirectoryExists()
    {
        var directory = SqliteFilePath is { } path ? Path.GetDirectoryName(path) : null;
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    private static string RequireConnectionString(StorageProvider provider, string connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(StorageOptions.MissingConnectionString(provider))
            : connectionString;

    private static string NormaliseSqliteConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? StorageOptions.DefaultSqliteConnectionString : connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource.Contains(":memory:", StringComparison.Ordinal)
            || builder.Mode == SqliteOpenMode.Memory)
        {
            // An in-memory database vanishes with its last connection, and we open one per operation.
            throw new InvalidOperationException("Storage:ConnectionString for SQLite must name a file (Data Source=path/to/file.db).");
        }

        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        return builder.ToString();
    }
}
