using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Support;
using Npgsql;
using NpgsqlTypes;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>
/// Every text the code can send to PostgreSQL (shared, PostgreSQL, and SQLite texts it inherits), prepared by a real
/// server against the migrated schema: a misspelt column, a SQLite-only function or a type mismatch (an integer
/// literal against a boolean column) fails here even where no repository test reaches the text. Parameters go as
/// type "unknown", so the server infers each from where it is used; an optional filter (<c>@X IS NULL OR …</c>) gives
/// the server nothing to infer from, so there it goes as text, which is what Dapper sends for those string filters.
/// </summary>
public sealed partial class PostgreSqlTextTests
{
    private StorageTarget? _target;

    [OneTimeSetUp]
    public async Task CreateSchemaAsync()
    {
        _target = await StorageTarget.CreateAsync(StorageProvider.PostgreSql, nameof(PostgreSqlTextTests));
        await _target.Migrator().MigrateAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void DeleteSchema() => _target?.Dispose();

    public static IEnumerable<SqlTexts.Text> Texts() => SqlTexts.SentToPostgreSql();

    [TestCaseSource(nameof(Texts))]
    public async Task PostgreSqlText_PreparedAgainstMigratedSchema_Compiles(SqlTexts.Text text)
    {
        await using var connection = (NpgsqlConnection)await _target!.Connections.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(text.Sql, connection);
        var optional = OptionalFilter().Matches(text.Sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Parameter().Matches(text.Sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter(name, optional.Contains(name) ? NpgsqlDbType.Text : NpgsqlDbType.Unknown) { Value = DBNull.Value });
        }

        Assert.That(async () => await command.PrepareAsync(), Throws.Nothing, text.Name + ":\n" + text.Sql);
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"@(\w+) IS NULL")]
    private static partial Regex OptionalFilter();
}
