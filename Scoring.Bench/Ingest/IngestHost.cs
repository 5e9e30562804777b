using DashboardKpi.Ingest.Jobs;
using DashboardKpi.Ingest.Jobs.Importing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Scoring.Bench.Ingest;

/// <summary>
/// The ingest side as production wires it (AddIngestJobs) on a fresh SQLite file: migrations applied and the
/// shipped rules published at start, no demo seed, no Hangfire server (the rescore an import queues is not run).
/// The clock is fixed in January 2027 so that every period of the benchmark file is in the past.
/// </summary>
public sealed class IngestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private IngestHost(IHost host, string folder)
    {
        _host = host;
        Folder = folder;
    }

    public string Folder { get; }

    public IndicatorImporter Importer => _host.Services.GetRequiredService<IndicatorImporter>();

    public static async Task<IngestHost> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "dashboard.db")}",
            ["Jobs:SeedDemoData"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Jobs:DropFolder:Path"] = Path.Combine(folder, "drop"),
        });
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2027, 1, 15, 3, 0, 0, TimeSpan.Zero)));
        builder.Services.AddIngestJobs(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return new IngestHost(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp files the OS still holds are left for the system to clean.
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
