using DashboardKpi.Scoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Bench.Ingest;

/// <summary>
/// The tests' <see cref="IngestHost"/> as the benchmarks need it: no Hangfire server (the rescore an import queues is
/// not run, so only the import is measured) and the clock fixed in January 2027, so that every period of the
/// benchmark file is in the past.
/// </summary>
public static class BenchIngestHost
{
    /// <param name="settings">Configuration on top of the benchmark's (another store, say).</param>
    public static Task<IngestHost> StartAsync(IDictionary<string, string?>? settings = null) => IngestHost.StartAsync(
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Jobs:RunServer"] = "false" },
        services => services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2027, 1, 15, 3, 0, 0, TimeSpan.Zero))));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
