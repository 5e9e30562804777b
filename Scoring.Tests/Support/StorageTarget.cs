using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using Microsoft.Extensions.Logging.Abstractions;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>A fresh database for one fixture: a new SQLite file in its own temp folder, or a new SQL Server or PostgreSQL database.</summary>
internal sealed class StorageTarget : IDisposable
{
    private readonly string? _tempDirectory;

    private StorageTarget(DbConnectionFactory connections, string? tempDirectory)
    {
        Connections = connections;
        _tempDirectory = tempDirectory;
    }

    public DbConnectionFactory Connections { get; }

    public static async Task<StorageTarget> CreateAsync(StorageProvider provider, string fixtureName)
    {
        if (provider == StorageProvider.SqlServer)
        {
            var name = "DashboardKpiTest_" + fixtureName + "_" + Guid.NewGuid().ToString("N")[..8];
            var connectionString = await SqlServerTestServer.CreateDatabaseAsync(name).ConfigureAwait(false);
            return new StorageTarget(new DbConnectionFactory(new StorageOptions { Provider = provider, ConnectionString = connectionString }), null);
        }

        if (provider == StorageProvider.PostgreSql)
        {
            var name = "dashboardkpi_test_" + fixtureName + "_" + Guid.NewGuid().ToString("N")[..8];
            var connectionString = await PostgreSqlTestServer.CreateDatabaseAsync(name).ConfigureAwait(false);
            return new StorageTarget(new DbConnectionFactory(new StorageOptions { Provider = provider, ConnectionString = connectionString }), null);
        }

        return CreateSqlite();
    }

    /// <summary>A SQLite target whose file does not exist yet (first start).</summary>
    public static StorageTarget CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dashboardkpi-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(directory, "App_Data", "dashboard.db");
        var options = new StorageOptions { Provider = StorageProvider.Sqlite, ConnectionString = "Data Source=" + file };
        return new StorageTarget(new DbConnectionFactory(options), directory);
    }

    public SchemaMigrator Migrator() => new(Connections, NullLogger<SchemaMigrator>.Instance);

    public ReferenceDataLoader ReferenceDataLoader() =>
        new(new ReferenceDataRepository(Connections), TimeProvider.System, NullLogger<ReferenceDataLoader>.Instance);

    public async Task MigrateAndSeedAsync()
    {
        await Migrator().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        await ReferenceDataLoader().LoadAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (Connections.Dialect.Provider == StorageProvider.PostgreSql)
        {
            // One pool per fixture database: close its idle connections now rather than at the end of the run.
            using var pooled = new Npgsql.NpgsqlConnection(Connections.ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(pooled);
        }

        if (_tempDirectory is not null && Directory.Exists(_tempDirectory))
        {
            // Pooled SQLite connections keep the file open; clear them so the folder can go.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_tempDirectory, recursive: true);
        }
    }
}
