using System.Text.RegularExpressions;
using DashboardKpi.Scoring.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>
/// No SQL Server runs here, so every text the code can send to it is parsed with ScriptDom; every SQLite text is
/// compiled by SQLite against the migrated schema, which also catches a misspelt table or column.
/// </summary>
public sealed partial class SqlTextTests
{
    private StorageTarget? _sqlite;

    [OneTimeSetUp]
    public async Task CreateSchemaAsync()
    {
        _sqlite = StorageTarget.CreateSqlite();
        await _sqlite.Migrator().MigrateAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public void DeleteSchema() => _sqlite?.Dispose();

    public static IEnumerable<SqlTexts.Text> SqlServerTexts() => SqlTexts.SentToSqlServer();

    public static IEnumerable<SqlTexts.Text> SqliteTexts() => SqlTexts.SentToSqlite();

    [TestCaseSource(nameof(SqlServerTexts))]
    public void SqlServerText_ParsedWithScriptDom_HasNoSyntaxError(SqlTexts.Text text)
    {
        var errors = TSqlSyntax.Errors(text.Sql);

        Assert.That(errors, Is.Empty, text.Name + " is not valid T-SQL:\n" + text.Sql);
    }

    [TestCaseSource(nameof(SqliteTexts))]
    public async Task SqliteText_PreparedAgainstMigratedSchema_Compiles(SqlTexts.Text text)
    {
        await using var connection = await _sqlite!.Connections.OpenAsync(CancellationToken.None);
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.CommandText = text.Sql;

        Assert.That(command.Prepare, Throws.Nothing, text.Name + ":\n" + text.Sql);
    }

    [Test]
    public async Task Checks_OnBrokenTexts_DoFail()
    {
        // The two checks above must be able to fail: LIMIT is not T-SQL, and SQLite knows the schema.
        await using var connection = await _sqlite!.Connections.OpenAsync(CancellationToken.None);
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.CommandText = "SELECT NoSuchColumn FROM Commune";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(TSqlSyntax.Errors("SELECT Code FROM Commune ORDER BY Code LIMIT 1"), Is.Not.Empty);
            Assert.That(command.Prepare, Throws.InstanceOf<SqliteException>());
        }
    }

    [Test]
    public void SqlTexts_Collected_CoverEveryRepositoryAndTheMigrator()
    {
        var owners = SqlTexts.SentToSqlServer().Select(t => t.Name.Split('.')[0]).Distinct().ToList();

        Assert.That(owners, Is.SupersetOf(new[]
        {
            "CommuneRepository", "ReferenceDataRepository", "IndicatorRepository", "IngestRunRepository", "RuleSetRepository",
            "RatingSnapshotRepository", "UserRepository", "ApiTokenRepository", "AuditLogRepository", "MigrationLock",
        }));
    }

    [Test]
    public void SqlConstants_ThatLookLikeSql_FollowTheDialectNamingRule()
    {
        // A SQL text without the suffix would escape both checks above.
        var unnamed = SqlTexts.All()
            .Where(t => SqlStatementStart().IsMatch(t.Sql))
            .Where(t => !(t.Name.EndsWith("Sql", StringComparison.Ordinal) || t.Name.EndsWith("SqlServer", StringComparison.Ordinal) || t.Name.EndsWith("Sqlite", StringComparison.Ordinal)))
            .Where(t => !t.Name.EndsWith("PostgreSql", StringComparison.Ordinal))
            .Select(t => t.Name);

        Assert.That(unnamed, Is.Empty);
    }

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|MERGE|DECLARE|EXEC|PRAGMA|WITH|CREATE|ALTER|DROP)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SqlStatementStart();
}
