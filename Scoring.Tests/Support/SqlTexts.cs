using System.Reflection;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Storage;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// Every SQL text in Ingest.Jobs, found by the naming rule of SqlDialect: constants ending in "Sql" (but not
/// "PostgreSql") run on every provider, "SqlServer" only on SQL Server, "Sqlite" on SQLite (and on PostgreSQL unless
/// a "PostgreSql" sibling replaces it), "PostgreSql" only on PostgreSQL. Dapper expands a list parameter written
/// <c>IN @Codes</c> into <c>IN (@Codes1, @Codes2, …)</c> before the text reaches the server; the texts are checked as
/// the server receives them, with the list as one parameter in parentheses.
/// </summary>
public static partial class SqlTexts
{
    public sealed record Text(string Name, string Sql)
    {
        public override string ToString() => Name;
    }

    internal static IEnumerable<Text> All() =>
        typeof(DbConnectionFactory).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => new Text(f.DeclaringType!.Name + "." + f.Name, DapperList().Replace((string)f.GetRawConstantValue()!, "IN (@$1)")))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    internal static IEnumerable<Text> SentToSqlServer() =>
        All().Where(t => IsShared(t) || t.Name.EndsWith("SqlServer", StringComparison.Ordinal));

    internal static IEnumerable<Text> SentToSqlite() =>
        All().Where(t => IsShared(t) || t.Name.EndsWith("Sqlite", StringComparison.Ordinal));

    /// <summary>
    /// Shared texts, PostgreSQL texts, and the SQLite texts that no PostgreSQL sibling (same name stem) replaces, except
    /// those sent only on a SQLite code path (not through SqlDialect.Pick).
    /// </summary>
    internal static IEnumerable<Text> SentToPostgreSql()
    {
        string[] sqliteOnlyPaths = ["DbConnectionFactory.SqliteOnOpenSqlite"];
        var all = All().Where(t => !sqliteOnlyPaths.Contains(t.Name)).ToList();
        var replaced = all.Where(t => t.Name.EndsWith("PostgreSql", StringComparison.Ordinal))
            .Select(t => t.Name[..^"PostgreSql".Length]).ToHashSet(StringComparer.Ordinal);
        return all.Where(t => IsShared(t) || t.Name.EndsWith("PostgreSql", StringComparison.Ordinal)
            || (t.Name.EndsWith("Sqlite", StringComparison.Ordinal) && !replaced.Contains(t.Name[..^"Sqlite".Length])));
    }

    internal static bool IsShared(Text text) =>
        text.Name.EndsWith("Sql", StringComparison.Ordinal) && !text.Name.EndsWith("PostgreSql", StringComparison.Ordinal);

    [GeneratedRegex(@"\bIN @(\w+)")]
    private static partial Regex DapperList();
}
