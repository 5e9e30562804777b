using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Migrations;

/// <summary>The rules for db/ (CONVENTIONS G), checked on the files a reviewer sees and on what the assembly embeds.</summary>
public sealed partial class MigrationScriptTests
{
    private static readonly string DbFolder = Path.Combine(TestContext.CurrentContext.TestDirectory, "db");

    private static IReadOnlyList<string> FileNames(string dialect) =>
        Directory.GetFiles(Path.Combine(DbFolder, dialect), "*.sql").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList()!;

    public static IEnumerable<string> Dialects() => ["sqlite", "sqlserver", "postgresql"];

    [TestCaseSource(nameof(Dialects))]
    public void FileNames_InEachFolder_MatchTheDatedPatternAndAreUnique(string dialect)
    {
        var names = FileNames(dialect);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Is.Not.Empty);
            Assert.That(names, Has.All.Matches(DatedName()));
            Assert.That(names.Select(n => n[..13]), Is.Unique, "one script per date and sequence number");
        }
    }

    [TestCase("sqlserver")]
    [TestCase("postgresql")]
    public void FileNames_OfEveryDialect_AreThoseOfSqlite(string dialect)
    {
        Assert.That(FileNames(dialect), Is.EqualTo(FileNames("sqlite")));
    }

    [TestCase(StorageProvider.Sqlite, "sqlite")]
    [TestCase(StorageProvider.SqlServer, "sqlserver")]
    [TestCase(StorageProvider.PostgreSql, "postgresql")]
    public void EmbeddedScripts_AreTheFilesInOrdinalOrder(StorageProvider provider, string dialect)
    {
        var embedded = MigrationScripts.For(provider);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(embedded.Select(s => s.Name), Is.EqualTo(FileNames(dialect)));
            Assert.That(embedded.Select(s => s.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(
                embedded.Select(s => s.Text.ReplaceLineEndings("\n")),
                Is.EqualTo(FileNames(dialect).Select(n => File.ReadAllText(Path.Combine(DbFolder, dialect, n)).ReplaceLineEndings("\n"))));
        }
    }

    [TestCaseSource(nameof(Dialects))]
    public void EveryScript_OpensWithACommentSayingWhatAndWhy(string dialect)
    {
        var withoutComment = FileNames(dialect)
            .Where(n => !File.ReadAllText(Path.Combine(DbFolder, dialect, n)).TrimStart('\uFEFF').StartsWith("-- ", StringComparison.Ordinal));

        Assert.That(withoutComment, Is.Empty);
    }

    [Test]
    public void ShippedScripts_MatchTheirRecordedHashes_AndEveryScriptIsRecorded()
    {
        // Editing a shipped script would leave databases that already ran it different from new ones.
        var recorded = File.ReadAllLines(Path.Combine(DbFolder, "shipped.sha256"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var actual = Dialects()
            .SelectMany(d => FileNames(d).Select(n => d + "/" + n))
            .ToDictionary(p => p, p => Hash(Path.Combine(DbFolder, p)), StringComparer.Ordinal);

        Assert.That(actual, Is.EquivalentTo(recorded), "a shipped script changed, or a new one is missing from db/shipped.sha256");
    }

    public static IEnumerable<string> SqlServerScripts() => FileNames("sqlserver");

    [TestCaseSource(nameof(SqlServerScripts))]
    public void SqlServerScript_ParsedWithScriptDom_HasNoSyntaxError(string name)
    {
        var text = File.ReadAllText(Path.Combine(DbFolder, "sqlserver", name));

        // DbUp splits SQL Server scripts on GO lines; parse each batch as DbUp would send it.
        var errors = GoLine().Split(text).SelectMany(TSqlSyntax.Errors).ToList();

        Assert.That(errors, Is.Empty, name);
    }

    [TestCaseSource(nameof(SqlServerScripts))]
    public void SqlServerScript_EveryCreate_IsGuardedSoARerunIsHarmless(string name)
    {
        var text = File.ReadAllText(Path.Combine(DbFolder, "sqlserver", name));

        var unguardedTables = CreateTable().Matches(text).Select(m => m.Groups[1].Value)
            .Where(t => !text.Contains("IF OBJECT_ID(N'dbo." + t + "', N'U') IS NULL", StringComparison.Ordinal));
        var unguardedIndexes = CreateIndex().Matches(text).Select(m => m.Groups[1].Value)
            .Where(i => !text.Contains("WHERE name = N'" + i + "'", StringComparison.Ordinal));

        Assert.That(unguardedTables.Concat(unguardedIndexes), Is.Empty);
    }

    public static IEnumerable<string> SqliteScripts() => FileNames("sqlite");

    [TestCaseSource(nameof(SqliteScripts))]
    public void SqliteScript_EveryCreate_SaysIfNotExists(string name)
    {
        var text = File.ReadAllText(Path.Combine(DbFolder, "sqlite", name));

        var unguarded = SqliteCreate().Matches(text).Where(m => !m.Value.Contains("IF NOT EXISTS", StringComparison.Ordinal)).Select(m => m.Value);

        Assert.That(unguarded, Is.Empty);
    }

    public static IEnumerable<string> PostgreSqlScripts() => FileNames("postgresql");

    [TestCaseSource(nameof(PostgreSqlScripts))]
    public void PostgreSqlScript_EveryCreateAndAddColumn_SaysIfNotExists(string name)
    {
        // DbUp journals a script only after it ran; a guarded script survives a run cut short outside its transaction.
        var text = File.ReadAllText(Path.Combine(DbFolder, "postgresql", name));

        var unguarded = PostgreSqlCreate().Matches(text).Where(m => !m.Value.Contains("IF NOT EXISTS", StringComparison.Ordinal)).Select(m => m.Value);

        Assert.That(unguarded, Is.Empty);
    }

    private static string Hash(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n"))));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}_\d{2}_[A-Za-z]+\.sql$")]
    private static partial Regex DatedName();

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"CREATE TABLE dbo\.(\w+)")]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"CREATE (?:UNIQUE )?INDEX (\w+)")]
    private static partial Regex CreateIndex();

    [GeneratedRegex(@"CREATE (?:UNIQUE )?(?:TABLE|INDEX)[^\n]*")]
    private static partial Regex SqliteCreate();

    [GeneratedRegex(@"(?:CREATE (?:UNIQUE )?(?:TABLE|INDEX)|ADD COLUMN)[^\n]*")]
    private static partial Regex PostgreSqlCreate();
}
