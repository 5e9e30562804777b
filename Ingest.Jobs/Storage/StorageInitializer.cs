using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using Microsoft.Extensions.Hosting;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// Brings the database up to date when a node starts: migrations, then reference data. Hosted services start
/// before the web server listens, so no request ever sees an old schema; a failure stops the start-up. With
/// Storage:MigrateOnStartup false (a DBA applies migrations by hand, docs/storage.md) it touches nothing.
/// </summary>
public sealed class StorageInitializer(StorageOptions options, SchemaMigrator migrator, ReferenceDataLoader referenceData) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.MigrateOnStartup)
        {
            return;
        }

        // Reference data is loaded under the migration lock: nodes starting together on an empty database would
        // otherwise each replace the merger table at once.
        await migrator.MigrateAsync(async ct => await referenceData.LoadAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
