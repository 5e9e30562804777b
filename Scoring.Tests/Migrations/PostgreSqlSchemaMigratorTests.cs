using Dapper;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Migrations;

/// <summary>The migrator on a real PostgreSQL database: first start, second start, two nodes at once, the scripts' types.</summary>
public sealed class PostgreSqlSchemaMigratorTests
{
    private static Task<StorageTarget> FreshDatabaseAsync() => StorageTarget.CreateAsync(StorageProvider.PostgreSql, "migrator");

    [Test]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryScriptOnce_AndASecondRunNothing()
    {
        using var target = await FreshDatabaseAsync();
        var all = MigrationScripts.For(StorageProvider.PostgreSql).Select(s => s.Name).ToList();

        var first = await target.Migrator().MigrateAsync(CancellationToken.None);
        var second = await target.Migrator().MigrateAsync(CancellationToken.None);
        var unapplied = await target.Migrator().ListUnappliedScriptsAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(all));
            Assert.That(second, Is.Empty);
            Assert.That(unapplied, Is.Empty);
        }
    }

    [Test]
    public async Task MigrateAsync_TwoNodesStartingTogether_BothSucceedAndEachScriptIsJournalledOnce()
    {
        using var target = await FreshDatabaseAsync();

        await TwoNodesMigrating.AssertEachScriptJournalledOnceAsync(target);
    }

    [Test]
    public async Task Schema_UsesThePostgreSqlTypesForValuesInstantsAndIds()
    {
        using var target = await FreshDatabaseAsync();
        await target.Migrator().MigrateAsync(CancellationToken.None);

        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);
        var columns = (await connection.QueryAsync<(string Table, string Column, string Type, string? Identity)>("""
            SELECT table_name, column_name, data_type, identity_generation FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name IN ('indicatorvaluerevision', 'appuser')
            """)).ToDictionary(c => c.Table + "." + c.Column, c => (c.Type, c.Identity));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(columns["indicatorvaluerevision.value"].Type, Is.EqualTo("numeric"));
            Assert.That(columns["indicatorvaluerevision.changedat"].Type, Is.EqualTo("timestamp with time zone"));
            Assert.That(columns["indicatorvaluerevision.completedon"].Type, Is.EqualTo("date"));
            Assert.That(columns["indicatorvaluerevision.flag"].Type, Is.EqualTo("boolean"));
            Assert.That(columns["indicatorvaluerevision.id"], Is.EqualTo(("bigint", (string?)"ALWAYS")));
            Assert.That(columns["appuser.disabled"].Type, Is.EqualTo("boolean"));
        }
    }
}
