using BenchmarkDotNet.Attributes;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Bench.Ingest;

/// <summary>
/// 100,000 indicator rows, as csv and as xlsx, through the real import pipeline (hash, ledger, parse, validate,
/// one-transaction upsert with revisions) into a fresh SQLite file per iteration. Time includes reading the file;
/// starting the host and migrating the database are set-up, not measured.
/// </summary>
[InvocationCount(1, 1)]
public class IngestBenchmarks
{
    public const int Rows = 100_000;

    private string _files = "";
    private string _path = "";
    private IngestHost? _host;

    [Params("csv", "xlsx")]
    public string Format { get; set; } = "csv";

    [GlobalSetup]
    public void WriteFile()
    {
        _files = Path.Combine(Path.GetTempPath(), "dashboardkpi-bench-files-" + Guid.NewGuid().ToString("N"));
        _path = ReportFileFactory.Write(_files, Format, Rows);
    }

    [IterationSetup]
    public void StartHost() => _host = BenchIngestHost.StartAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Import 100,000 rows into SQLite")]
    public async Task<ImportSummary> Import()
    {
        var summary = await _host!.Importer.ImportFileAsync(_path, Path.GetFileName(_path), "bench", "bench", CancellationToken.None).ConfigureAwait(false);
        return summary.Status == IngestRunStatus.Succeeded && summary.ImportedCount == Rows && summary.QuarantinedCount == 0
            ? summary
            : throw new InvalidOperationException($"Import {summary.Status}: {summary.ImportedCount} imported, {summary.QuarantinedCount} quarantined ({summary.MessageEn}).");
    }

    [IterationCleanup]
    public void StopHost() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void DeleteFile() => Directory.Delete(_files, recursive: true);
}
