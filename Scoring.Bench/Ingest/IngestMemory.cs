using System.Diagnostics;
using System.Globalization;

namespace DashboardKpi.Scoring.Bench.Ingest;

/// <summary>
/// "--ingest-memory": imports 25,000, 50,000 and 100,000 rows (csv and xlsx) and reports, per import, the time,
/// the bytes allocated, the peak managed heap (sampled every 5 ms) and the process's peak working set. Flat memory
/// means the peak does not grow with the row count. BenchmarkDotNet reports allocations, not peaks, hence this.
/// </summary>
public static class IngestMemory
{
    public static async Task<int> RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-bench-memory-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine("| format | rows | file size | time | allocated | managed heap before | peak managed heap during import | peak working set (process so far) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        try
        {
            foreach (var format in new[] { "csv", "xlsx" })
            {
                foreach (var rows in new[] { 25_000, 50_000, IngestBenchmarks.Rows })
                {
                    var path = ReportFileFactory.Write(folder, format, rows);
                    await using var host = await BenchIngestHost.StartAsync().ConfigureAwait(false);
                    // A small import first, so that JIT, Dapper's caches and SQLite's first connection are not counted.
                    var warmUp = ReportFileFactory.Write(folder, format, 100);
                    await host.Importer.ImportFileAsync(warmUp, Path.GetFileName(warmUp), "warm-up", "bench", CancellationToken.None).ConfigureAwait(false);
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var before = GC.GetTotalMemory(forceFullCollection: true);
                    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                    long peak = before;
                    using var sampling = new CancellationTokenSource();
                    var sampler = Task.Run(async () =>
                    {
                        while (!sampling.IsCancellationRequested)
                        {
                            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                            await Task.Delay(5, CancellationToken.None).ConfigureAwait(false);
                        }
                    }, CancellationToken.None);

                    var watch = Stopwatch.StartNew();
                    var summary = await host.Importer.ImportFileAsync(path, Path.GetFileName(path), "bench", "bench", CancellationToken.None).ConfigureAwait(false);
                    watch.Stop();
                    await sampling.CancelAsync().ConfigureAwait(false);
                    await sampler.ConfigureAwait(false);
                    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                    if (summary.ImportedCount != rows)
                    {
                        Console.Error.WriteLine($"{format} {rows}: {summary.Status}, {summary.ImportedCount} imported, {summary.QuarantinedCount} quarantined");
                        return 1;
                    }

                    using var process = Process.GetCurrentProcess();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {format} | {rows:N0} | {Mb(new FileInfo(path).Length)} | {watch.Elapsed.TotalSeconds:0.00} s | {Mb(allocated)} | {Mb(before)} | {Mb(peak)} | {Mb(process.PeakWorkingSet64)} |"));
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");
}
