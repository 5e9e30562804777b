using DashboardKpi.Ingest.Jobs.Storage;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// Where Hangfire keeps its queues: in memory beside SQLite (one node), in the same database as the data on SQL Server
/// and PostgreSQL, so every web node enqueues to the one worker and nothing else needs running.
/// </summary>
public static class DashboardJobStorage
{
    /// <summary>
    /// How often an idle PostgreSQL worker looks for a new job. Hangfire.PostgreSql's default is 15 s, which would make
    /// "Import now" wait that long; one small indexed query a second per worker is cheap.
    /// </summary>
    public static readonly TimeSpan PostgreSqlQueuePollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Hangfire's tables on PostgreSQL live in a schema of their own, apart from the application's.</summary>
    public const string PostgreSqlSchema = "hangfire";

    /// <param name="invisibilityTimeout">
    /// How long the job of a worker that died stays invisible before another worker takes it (Jobs:InvisibilityTimeoutSeconds).
    /// Sliding on both server stores: a running worker keeps extending it, so a long import is never taken twice.
    /// </param>
    public static IGlobalConfiguration UseDashboardJobStorage(this IGlobalConfiguration config, StorageOptions storage, TimeSpan invisibilityTimeout)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(storage);
        return storage.Provider switch
        {
            StorageProvider.SqlServer => config.UseSqlServerStorage(
                () => new SqlConnection(storage.ConnectionString), new SqlServerStorageOptions { PrepareSchemaIfNecessary = true, SlidingInvisibilityTimeout = invisibilityTimeout }),
            StorageProvider.PostgreSql => config.UsePostgreSqlStorage(
                postgres => postgres.UseNpgsqlConnection(storage.ConnectionString),
                new PostgreSqlStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    SchemaName = PostgreSqlSchema,
                    QueuePollInterval = PostgreSqlQueuePollInterval,
                    InvisibilityTimeout = invisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                }),
            _ => config.UseInMemoryStorage(),
        };
    }
}
