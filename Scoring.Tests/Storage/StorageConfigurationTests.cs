using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>The store is chosen by configuration only: appsettings keys or environment variables.</summary>
public sealed class StorageConfigurationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Test]
    public void FromConfiguration_NothingConfigured_IsTheSqliteDefaultFile()
    {
        var options = StorageOptions.FromConfiguration(Configuration());
        var factory = new DbConnectionFactory(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Provider, Is.EqualTo(StorageProvider.Sqlite));
            Assert.That(factory.SqliteFilePath, Is.EqualTo(Path.GetFullPath(Path.Combine("App_Data", "dashboard.db"))));
        }
    }

    [Test]
    public void FromConfiguration_EnvironmentVariablesWithDoubleUnderscore_SelectSqlServer()
    {
        const string Prefix = "DASHBOARDKPI_STORAGE_TEST_";
        Environment.SetEnvironmentVariable(Prefix + "Storage__Provider", "SqlServer");
        Environment.SetEnvironmentVariable(Prefix + "Storage__ConnectionString", "Server=db.hcmc.local;Database=DashboardKpi;Integrated Security=true;Encrypt=true");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(Prefix).Build();

            var factory = new DbConnectionFactory(StorageOptions.FromConfiguration(configuration));

            Assert.That((factory.Dialect, factory.SqliteFilePath), Is.EqualTo((SqlDialect.SqlServer, (string?)null)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Prefix + "Storage__Provider", null);
            Environment.SetEnvironmentVariable(Prefix + "Storage__ConnectionString", null);
        }
    }

    [Test]
    public void FromConfiguration_UnknownProvider_StopsWithAClearMessage()
    {
        Assert.That(
            () => StorageOptions.FromConfiguration(Configuration(("Storage:Provider", "Postgres"))),
            Throws.InvalidOperationException.With.Message.Contains("'Sqlite' or 'SqlServer'"));
    }

    [Test]
    public void DbConnectionFactory_SqlServerWithoutConnectionString_StopsWithAClearMessage()
    {
        Assert.That(
            () => new DbConnectionFactory(new StorageOptions { Provider = StorageProvider.SqlServer }),
            Throws.InvalidOperationException.With.Message.Contains("Storage__ConnectionString"));
    }

    [Test]
    public void DbConnectionFactory_SqliteInMemory_IsRefusedBecauseEachOperationOpensItsOwnConnection()
    {
        Assert.That(
            () => new DbConnectionFactory(new StorageOptions { ConnectionString = "Data Source=:memory:" }),
            Throws.InvalidOperationException);
    }

    [Test]
    public async Task AddDashboardStorage_HostStart_CreatesTheSqliteFileMigratesAndSeeds()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dashboardkpi-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(directory, "App_Data", "dashboard.db");
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddDashboardStorage(Configuration(("Storage:Provider", "Sqlite"), ("Storage:ConnectionString", "Data Source=" + file)));
        try
        {
            await using var provider = services.BuildServiceProvider();
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
            }

            var communes = await provider.GetRequiredService<CommuneRepository>().ListAsync(CancellationToken.None);
            var snapshotId = await provider.GetRequiredService<IndicatorRepository>().GetDataSnapshotIdAsync(CancellationToken.None);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(File.Exists(file), Is.True);
                Assert.That(communes, Has.Count.EqualTo(168));
                Assert.That(snapshotId, Is.Zero);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void AddDashboardStorage_MigrateOnStartupFalse_RegistersNoHostedService()
    {
        var services = new ServiceCollection().AddDashboardStorage(Configuration(("Storage:MigrateOnStartup", "false")));

        Assert.That(services.Any(d => d.ServiceType == typeof(IHostedService)), Is.False);
    }
}
