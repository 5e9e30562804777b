using Dapper;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Migrations;

/// <summary>The migrator on real SQLite files: first start, second start, two nodes at once.</summary>
public sealed class SchemaMigratorTests
{
    private static readonly string[] ExpectedTables =
    [
        "ApiToken", "AppUser", "AuditLog", "Boundary", "Commune", "IndicatorValue", "IndicatorValueRevision", "IngestRun",
        "MergerMapping", "NarrativeReport", "CommuneAction", "Dispute", "AccountSetting", "Notification", "NotificationOptOut", "NotificationOutbox", "PeriodRescore", "PeriodRescoreFailure", "QuarantinedRow", "RatingSnapshot", "RatingSnapshotCriterion", "RatingStability", "DataProtectionKey", "ReadingRulesVersion", "ReferenceDataset", "ReportScan", "FileUpload", "RuleSetVersion",
        "ShippedRuleFile", "DataVersion", "UnitChange",
        SchemaMigrator.JournalTable,
    ];

    [Test]
    public async Task MigrateAsync_FreshFile_CreatesTheFileAndAppliesEveryScriptInOrder()
    {
        using var target = StorageTarget.CreateSqlite();
        var all = MigrationScripts.For(StorageProvider.Sqlite).Select(s => s.Name).ToList();

        var pendingBefore = await target.Migrator().ListPendingScriptsAsync(CancellationToken.None);
        var applied = await target.Migrator().MigrateAsync(CancellationToken.None);

        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).AsList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.Exists(target.Connections.SqliteFilePath), Is.True);
            Assert.That(pendingBefore, Is.EqualTo(all));
            Assert.That(applied, Is.EqualTo(all));
            Assert.That(tables, Is.EquivalentTo(ExpectedTables));
        }
    }

    [Test]
    public async Task MigrateAsync_SecondRun_AppliesNothingAndLeavesNothingPending()
    {
        using var target = StorageTarget.CreateSqlite();
        await target.Migrator().MigrateAsync(CancellationToken.None);

        var second = await target.Migrator().MigrateAsync(CancellationToken.None);
        var pending = await target.Migrator().ListPendingScriptsAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second, Is.Empty);
            Assert.That(pending, Is.Empty);
        }
    }

    [Test]
    public async Task MigrateAsync_TwoNodesStartingTogether_BothSucceedAndEachScriptIsJournalledOnce()
    {
        using var target = StorageTarget.CreateSqlite();

        await TwoNodesMigrating.AssertEachScriptJournalledOnceAsync(target);
    }

    [Test]
    public async Task SqliteScripts_RunTwiceWithoutTheJournal_AreHarmless()
    {
        // The journal prevents re-runs; the guards make one harmless anyway (e.g. a journal restored from backup).
        using var target = StorageTarget.CreateSqlite();
        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);

        foreach (var script in MigrationScripts.For(StorageProvider.Sqlite).Concat(MigrationScripts.For(StorageProvider.Sqlite)))
        {
            await connection.ExecuteAsync(script.Text);
        }

        var tables = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        Assert.That(tables, Is.EqualTo(ExpectedTables.Length - 1));
    }

    [Test]
    public async Task OpenAsync_Sqlite_UsesWalForeignKeysAndABusyTimeout()
    {
        using var target = StorageTarget.CreateSqlite();
        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);

        var journalMode = await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode");
        var foreignKeys = await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys");
        var busyTimeout = await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout");

        Assert.That((journalMode, foreignKeys, busyTimeout), Is.EqualTo(("wal", 1L, 5000L)));
    }
}
