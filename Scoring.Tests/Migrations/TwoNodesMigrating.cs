using Dapper;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Migrations;

/// <summary>
/// Two nodes starting together on one database, whatever the provider: both migrations succeed between them, every
/// script of that provider is applied and journalled exactly once (the migrator's lock, not luck).
/// </summary>
internal static class TwoNodesMigrating
{
    public static async Task AssertEachScriptJournalledOnceAsync(StorageTarget target)
    {
        var provider = target.Connections.Dialect.Provider;

        var results = await Task.WhenAll(
            Task.Run(() => target.Migrator().MigrateAsync(CancellationToken.None)),
            Task.Run(() => target.Migrator().MigrateAsync(CancellationToken.None)));

        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);
        var journal = (await connection.QueryAsync<string>("SELECT ScriptName FROM " + SchemaMigrator.JournalTable)).AsList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.SelectMany(r => r), Is.EquivalentTo(MigrationScripts.For(provider).Select(s => s.Name)));
            Assert.That(journal, Is.Unique);
            Assert.That(journal, Has.Count.EqualTo(MigrationScripts.For(provider).Count));
        }
    }
}
