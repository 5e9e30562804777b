using DashboardKpi.Ingest.Jobs;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Importing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// The ingest side as production runs it: a generic host with AddIngestJobs on a fresh SQLite file in a temp
/// folder and a real Hangfire server (InMemory storage). Demo data is off so tests see only what they import.
/// The benchmarks compile this same file (Scoring.Bench.csproj links it), so both measure and test one set-up.
/// </summary>
public sealed partial class IngestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private IngestHost(IHost host, string folder)
    {
        _host = host;
        Folder = folder;
    }

    public string Folder { get; }

    public string DropFolder => Path.Combine(Folder, "drop");

    public IServiceProvider Services => _host.Services;

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public IndicatorImporter Importer => Get<IndicatorImporter>();

    /// <param name="settings">Configuration on top of the test defaults.</param>
    /// <param name="configureServices">Registrations after AddIngestJobs (e.g. another shipped rule file).</param>
    /// <param name="folder">An existing folder whose database to start on (a restart); a new one when null.</param>
    public static async Task<IngestHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "dashboardkpi-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "dashboard.db")}",
            ["Jobs:SeedDemoData"] = "false",
            ["Jobs:DropFolder:Path"] = Path.Combine(folder, "drop"),
            ["Jobs:DropFolder:SettleSeconds"] = "0",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddIngestJobs(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        await host.Services.GetRequiredService<DemoPreparation>().WhenDoneAsync().ConfigureAwait(false);
        return new IngestHost(host, folder);
    }

    /// <summary>Stops the host as a process stops, keeping its folder and database for a restart (<see cref="StartAsync"/> with the folder).</summary>
    public async Task StopKeepingFilesAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingFilesAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS must not fail the test run; the temp folder is cleaned by the system.
        }
    }
}
