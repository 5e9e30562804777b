using DashboardKpi.Dashboard.Web;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Every configuration section is bound once and checked at start: a bad value (typically an environment variable
/// such as Auth__MaxFailedLogins) stops the app before it listens or touches the database, naming the setting.
/// </summary>
public sealed class OptionsAtStartTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateFolder() => _directory = Path.Combine(Path.GetTempPath(), "dashboardkpi-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    [TestCase("Auth:MaxFailedLogins", "0", "Auth:MaxFailedLogins")]
    [TestCase("Auth:LockoutMinutes", "-5", "Auth:LockoutMinutes")]
    [TestCase("Cache:StampCheckMilliseconds", "0", "Cache:StampCheckMilliseconds")]
    [TestCase("Storage:MigrationLockTimeout", "00:00:00", "Storage:MigrationLockTimeout")]
    public void Start_SettingOutOfRange_StopsBeforeTouchingTheDatabase(string key, string value, string named)
    {
        Assert.That(() => StartAsync((key, value)), Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(named));
        Assert.That(File.Exists(DatabaseFile), Is.False);
    }

    [Test]
    public void Start_UnknownStorageProvider_StopsNamingTheSettingAndTheStores()
    {
        Assert.That(() => StartAsync(("Storage:Provider", "Postgres")), Throws.InvalidOperationException.With.Message.Contains("Storage:Provider")
            .And.InnerException.Message.Contains("'Sqlite', 'SqlServer' or 'PostgreSql'"));
    }

    [Test]
    public void Start_LeaseShorterThanThreeHeartbeats_StopsWithTheReason()
    {
        Assert.That(
            () => StartAsync(("Jobs:RunLease:HeartbeatSeconds", "5"), ("Jobs:RunLease:LeaseSeconds", "10")),
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("Jobs:RunLease").And.Message.Contains("three heartbeats"));
    }

    [Test]
    public async Task Start_GoodSettingsAsEnvironmentVariablesWouldGiveThem_AreBoundOnce()
    {
        await using var app = Create(("Auth:MaxFailedLogins", "7"), ("Cache:StampCheckMilliseconds", "250"), ("Jobs:RunServer", "false"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.MaxFailedLogins, Is.EqualTo(7));
            Assert.That(app.Services.GetRequiredService<AuthOptions>().MaxFailedLogins, Is.EqualTo(7), "the same values where they are used");
            Assert.That(app.Services.GetRequiredService<IOptions<CacheOptions>>().Value.StampCheckMilliseconds, Is.EqualTo(250));
            Assert.That(app.Services.GetRequiredService<JobsOptions>().RunServer, Is.False);
        }
    }

    private string DatabaseFile => Path.Combine(_directory, "dashboard.db");

    /// <summary>Builds and starts the app as Program.cs does; a section bound while the app is built (Jobs, and Storage for the job storage) stops it there.</summary>
    private async Task StartAsync(params (string Key, string Value)[] settings)
    {
        await using var app = Create(settings);
        await app.StartAsync();
        await app.StopAsync();
    }

    private WebApplication Create(params (string Key, string Value)[] settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "Data Source=" + DatabaseFile,
            ["Jobs:SeedDemoData"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        return DashboardApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.SetMinimumLevel(LogLevel.Critical);
        });
    }
}
