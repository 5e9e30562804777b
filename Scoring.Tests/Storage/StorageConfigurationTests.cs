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

    /// <summary>The options as the app reads them: bound once from the section, checked by their DataAnnotations.</summary>
    private static StorageOptions Bound(IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddDashboardStorage(configuration).BuildServiceProvider();
        return provider.GetRequiredService<StorageOptions>();
    }

    [Test]
    public void Bind_NothingConfigured_IsTheSqliteDefaultFile()
    {
        var options = Bound(Configuration());
        var factory = new DbConnectionFactory(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.Provider, Is.EqualTo(StorageProvider.Sqlite));
            Assert.That(factory.SqliteFilePath, Is.EqualTo(Path.GetFullPath(Path.Combine("App_Data", "dashboard.db"))));
        }
    }

    [Test]
    public void Bind_EnvironmentVariablesWithDoubleUnderscore_SelectSqlServer()
    {
        const string Prefix = "DASHBOARDKPI_STORAGE_TEST_";
        Environment.SetEnvironmentVariable(Prefix + "Storage__Provider", "SqlServer");
        Environment.SetEnvironmentVariable(Prefix + "Storage__ConnectionString", "Server=db.hcmc.local;Database=DashboardKpi;Integrated Security=true;Encrypt=true");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(Prefix).Build();

            var factory = new DbConnectionFactory(Bound(configuration));

            Assert.That((factory.Dialect, factory.SqliteFilePath), Is.EqualTo((SqlDialect.SqlServer, (string?)null)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(Prefix + "Storage__Provider", null);
            Environment.SetEnvironmentVariable(Prefix + "Storage__ConnectionString", null);
        }
    }

    [Test]
    public void Bind_UnknownProvider_StopsWithAClearMessage()
    {
        // The binder names the setting and the value; the converter's reason inside names the accepted stores.
        Assert.That(
            () => Bound(Configuration(("Storage:Provider", "Postgres"))),
            Throws.InvalidOperationException.With.Message.Contains("'Postgres' at 'Storage:Provider'")
                .And.InnerException.Message.Contains("'Sqlite', 'SqlServer' or 'PostgreSql'"));
    }

    [Test]
    public void Bind_ProviderInAnyCase_IsAccepted()
    {
        Assert.That(Bound(Configuration(("Storage:Provider", "sqlserver"), ("Storage:ConnectionString", "Server=db;Database=x"))).Provider, Is.EqualTo(StorageProvider.SqlServer));
    }

    [Test]
    public void Bind_PostgreSqlInAnyCase_IsAccepted()
    {
        Assert.That(
            Bound(Configuration(("Storage:Provider", "postgresql"), ("Storage:ConnectionString", "Host=db;Database=x"))).Provider,
            Is.EqualTo(StorageProvider.PostgreSql));
    }

    [TestCase("SqlServer")]
    [TestCase("PostgreSql")]
    public void Bind_ServerStoreWithoutConnectionString_StopsWithAClearMessage(string provider)
    {
        Assert.That(
            () => Bound(Configuration(("Storage:Provider", provider))),
            Throws.InstanceOf<Microsoft.Extensions.Options.OptionsValidationException>().With.Message.Contains("Storage__ConnectionString")
                .And.Message.Contains(provider));
    }

    [Test]
    public void Bind_MigrationLockTimeoutOutOfRange_StopsWithAClearMessage()
    {
        Assert.That(
            () => Bound(Configuration(("Storage:MigrationLockTimeout", "00:00:00"))),
            Throws.InstanceOf<Microsoft.Extensions.Options.OptionsValidationException>().With.Message.Contains("Storage:MigrationLockTimeout"));
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
    public async Task AddDashboardStorage_MigrateOnStartupFalse_HostStartLeavesTheDatabaseAlone()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dashboardkpi-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(directory, "App_Data", "dashboard.db");
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddDashboardStorage(Configuration(("Storage:MigrateOnStartup", "false"), ("Storage:ConnectionString", "Data Source=" + file)));
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.That(File.Exists(file), Is.False, "nothing created, nothing migrated: a DBA applies the scripts");
    }
}
