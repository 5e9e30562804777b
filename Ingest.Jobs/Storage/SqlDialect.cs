using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// The one place that knows the three SQL dialects apart. Repositories keep the SQL texts side by side as constants
/// (suffix <c>Sqlite</c> / <c>SqlServer</c> / <c>PostgreSql</c>; shared texts end in <c>Sql</c> and run on all three)
/// and ask this class which one to send, so a test can find and check every text by reflection. PostgreSQL shares
/// SQLite's syntax for what differs from T-SQL (LIMIT, ON CONFLICT, RETURNING), so it gets the SQLite text unless a
/// repository gives it one of its own.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(StorageProvider.Sqlite);
    public static readonly SqlDialect SqlServer = new(StorageProvider.SqlServer);
    public static readonly SqlDialect PostgreSql = new(StorageProvider.PostgreSql);

    private SqlDialect(StorageProvider provider) => Provider = provider;

    public StorageProvider Provider { get; }

    public static SqlDialect For(StorageProvider provider) => provider switch
    {
        StorageProvider.SqlServer => SqlServer,
        StorageProvider.PostgreSql => PostgreSql,
        _ => Sqlite,
    };

    /// <summary>The text for this dialect; PostgreSQL takes the SQLite text when it has none of its own.</summary>
    public string Pick(string sqlite, string sqlServer, string? postgreSql = null) => Provider switch
    {
        StorageProvider.SqlServer => sqlServer,
        StorageProvider.PostgreSql => postgreSql ?? sqlite,
        _ => sqlite,
    };

    /// <summary>
    /// True for a unique-key or primary-key violation, so callers can report "already exists" instead of a crash.
    /// SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) / _PRIMARYKEY (1555); SQL Server: 2627 / 2601; PostgreSQL: 23505.
    /// </summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2627 or 2601,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public override string ToString() => Provider.ToString();
}
