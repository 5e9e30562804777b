using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// A real ingest host on its own SQLite file (or, in a derived fixture, its own PostgreSQL database), without the
/// Hangfire server (tests run the rescorer themselves), started once per test class and stopped after it.
/// </summary>
public abstract class WorkerlessIngestFixture
{
    private protected IngestHost Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync()
    {
        var settings = new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" };
        foreach (var (key, value) in await StorageSettingsAsync())
        {
            settings[key] = value;
        }

        Host = await IngestHost.StartAsync(settings);
    }

    [OneTimeTearDown]
    public async Task StopHostAsync() => await Host.DisposeAsync();

    /// <summary>Imports long-format csv rows (after the header) the way a steward's upload arrives.</summary>
    private protected Task<ImportSummary> ImportLongCsvAsync(string fileName, params string[] rows) =>
        Host.Get<IndicatorImporter>().ImportFileAsync(
            ReportFiles.WriteCsv(Host.Folder, fileName, [ReportFiles.LongHeader, .. rows]), fileName, "file", "test", CancellationToken.None);

    /// <summary>Rescores one period as the nightly job would and reads back the commune's stored rating for it.</summary>
    private protected async Task<RatingSnapshot> RescoreAndReadAsync(string commune, Period period)
    {
        await Host.Get<Rescorer>().RescoreAsync([period], CancellationToken.None);
        return (await Host.Get<RatingSnapshotRepository>().FindLatestAsync(commune, period, CancellationToken.None))!;
    }

    /// <summary>Storage settings on top of the host's SQLite default; none keeps SQLite.</summary>
    private protected virtual Task<IReadOnlyDictionary<string, string?>> StorageSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());

    /// <summary>A fresh database on the test run's PostgreSQL cluster (ignored where PostgreSQL is absent).</summary>
    private protected async Task<IReadOnlyDictionary<string, string?>> PostgreSqlSettingsAsync() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = await PostgreSqlTestServer.CreateDatabaseAsync("dashboardkpi_ingest_" + GetType().Name + "_" + Guid.NewGuid().ToString("N")[..8]),
    };
}
