using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// The one place that knows the two SQL dialects apart. Repositories keep both SQL texts side by side as
/// constants (suffix <c>Sqlite</c> / <c>SqlServer</c>; shared texts end in <c>Sql</c>) and ask this class
/// which one to send, so a test can find and parse every SQL Server text by reflection.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(StorageProvider.Sqlite);
    public static readonly SqlDialect SqlServer = new(StorageProvider.SqlServer);

    private SqlDialect(StorageProvider provider) => Provider = provider;

    public StorageProvider Provider { get; }

    public static SqlDialect For(StorageProvider provider) =>
        provider == StorageProvider.SqlServer ? SqlServer : Sqlite;

    public string Pick(string sqlite, string sqlServer) => Provider == StorageProvider.SqlServer ? sqlServer : sqlite;

    /// <summary>
    /// True for a unique-key or primary-key violation, so callers can report "already exists" instead of a crash.
    /// SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) / _PRIMARYKEY (1555); SQL Server: 2627 / 2601.
    /// </summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2627 or 2601,
        _ => false,
    };

    public override string ToString() => Provider.ToString();
}
