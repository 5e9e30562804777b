using Dapper;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;
using DbUp;
using DbUp.Engine;

namespace DashboardKpi.Scoring.Tests.Migrations;

/// <summary>
/// The SQLite rebuild of IngestRun (2026-11-30_01_IngestRunLease.sql) on a database of the previous version that holds
/// runs, values, revisions and quarantined rows: nothing lost, every foreign key still valid, ids never reused.
/// </summary>
public sealed class IngestRunLeaseMigrationTests
{
    private const string LeaseScript = "2026-11-30_01_IngestRunLease.sql";

    [Test]
    public async Task SchemaMigratorOnSqlite_RunsScriptsWithForeignKeysOff_SoARebuildMayDropAParentTable()
    {
        using var target = StorageTarget.CreateSqlite();
        target.Connections.EnsureSqliteDirectoryExists();

        var result = Engine(target, [new SqlScript("probe.sql", "CREATE TABLE Probe AS SELECT foreign_keys AS Value FROM pragma_foreign_keys;")]).PerformUpgrade();

        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);
        Assert.That((result.Successful, await connection.ExecuteScalarAsync<long>("SELECT Value FROM Probe")), Is.EqualTo((true, 0L)));
    }

    [Test]
    public async Task Upgrade_FromThePreviousSchemaWithData_KeepsEveryRowAndEveryForeignKeyValid()
    {
        using var target = StorageTarget.CreateSqlite();
        target.Connections.EnsureSqliteDirectoryExists();
        // The data-version stamp's and the unit changes' tables too: the data below is written with today's repositories
        // and reference-data loader, which move the stamp and read the recorded re-organisations.
        var previous = MigrationScripts.For(StorageProvider.Sqlite)
            .Where(s => string.CompareOrdinal(s.Name, "2026-11-30") < 0
                || s.Name.Contains("CreateDataVersion", StringComparison.Ordinal) || s.Name.Contains("CreateUnitChange", StringComparison.Ordinal));
        Assert.That(Engine(target, previous.Select(s => new SqlScript(s.Name, s.Text))).PerformUpgrade().Successful, Is.True);
        await target.ReferenceDataLoader().LoadAsync(CancellationToken.None);
        await using (var connection = await target.Connections.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("""
                INSERT INTO IngestRun (Id, Source, Sha256, StartedAt, FinishedAt, Status) VALUES
                    (1, 'file', 'a', '2026-11-28T01:00:00.0000000+00:00', '2026-11-28T01:00:05.0000000+00:00', 'succeeded'),
                    (2, 'file', 'b', '2026-11-29T01:00:00.0000000+00:00', NULL, 'running'),
                    (3, 'file', 'c', '2026-11-29T02:00:00.0000000+00:00', '2026-11-29T02:00:01.0000000+00:00', 'failed');
                DELETE FROM IngestRun WHERE Id = 3;
                """);
        }

        await new IndicatorRepository(target.Connections).UpsertAsync([TestData.Reading("IOC_CONNECTED", "2025-11", 1m)], 1, TestData.At, CancellationToken.None);
        await new IngestRunRepository(target.Connections).AddQuarantinedRowsAsync(2, [new QuarantinedRow
        {
            RowNumber = 2, RawContent = "99999,2025-11,IOC_CONNECTED,có", ReasonCode = "commune.unknown", MessageVi = "vi", MessageEn = "en",
        }], CancellationToken.None);

        var applied = await target.Migrator().MigrateAsync(CancellationToken.None);

        var runs = new IngestRunRepository(target.Connections);
        await using var migrated = await target.Connections.OpenAsync(CancellationToken.None);
        var stored = await runs.ListRecentAsync(10, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(applied, Does.Contain(LeaseScript));
            Assert.That(await migrated.QueryAsync("PRAGMA foreign_key_check"), Is.Empty, "every RunId still names a run");
            Assert.That(stored.Select(r => (r.Id, r.Status)), Is.EqualTo(new[] { (2L, IngestRunStatus.Running), (1L, IngestRunStatus.Succeeded) }));
            Assert.That(stored.Select(r => r.LeaseExpiresAt), Is.EqualTo(new DateTimeOffset?[] { stored[0].StartedAt, null }), "a running run gets a lapsed lease");
            Assert.That(await migrated.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM IndicatorValue WHERE RunId = 1"), Is.EqualTo(1));
            Assert.That(await migrated.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM IndicatorValueRevision WHERE RunId = 1"), Is.EqualTo(1));
            Assert.That(await migrated.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM QuarantinedRow WHERE RunId = 2"), Is.EqualTo(1));
            Assert.That(await migrated.QueryAsync<string>("SELECT name FROM sqlite_master WHERE tbl_name = 'IngestRun' AND type = 'index' AND sql IS NOT NULL ORDER BY name"),
                Is.EqualTo(new[] { "IX_IngestRun_RunningLease", "UX_IngestRun_Source_Sha256" }));
            Assert.That(await migrated.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'IngestRun_new'"), Is.Zero);
        }

        // The children's REFERENCES IngestRun (Id) now name the rebuilt table: enforced, and ids go on after the highest ever used.
        var refused = Assert.ThrowsAsync(Is.InstanceOf<System.Data.Common.DbException>(), () => runs.AddQuarantinedRowsAsync(999, [new QuarantinedRow
        {
            RowNumber = 1, RawContent = "x", ReasonCode = "x", MessageVi = "x", MessageEn = "x",
        }], CancellationToken.None));
        var next = await runs.StartAsync(new NewIngestRun { Source = "file", Sha256 = "d", StartedAt = TestData.At, LeaseExpiresAt = TestData.At.AddSeconds(30) }, CancellationToken.None);
        var interrupted = await runs.InterruptLapsedAsync(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), "interrupted", CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused, Is.Not.Null);
            Assert.That(next, Is.EqualTo(4), "id 3 was used once (then deleted) and is not handed out again");
            Assert.That(interrupted, Does.Contain(2L), "the first check after the upgrade marks the old running run");
        }
    }

    /// <summary>DbUp configured as <see cref="SchemaMigrator"/> configures it, with the scripts given.</summary>
    private static UpgradeEngine Engine(StorageTarget target, IEnumerable<SqlScript> scripts) =>
        DeployChanges.To.SqliteDatabase(SchemaMigrator.ScriptConnectionString(target.Connections))
            .WithScripts(scripts)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .Build();
}
