using System.Diagnostics;
using System.Globalization;
using DashboardKpi.Ingest.Jobs.Ratings;
using Npgsql;

namespace DashboardKpi.Scoring.Bench.Ingest;

/// <summary>
/// "--stores": the same work on SQLite and on PostgreSQL, each on a fresh database per run: import 100,000 csv rows,
/// then rescore one whole period (168 communes) twice, the first storing every snapshot, the second finding nothing
/// changed. PostgreSQL is measured only when BENCH_POSTGRES names a server (scripts/bench-stores.sh starts one); each
/// run creates its own database there. Medians of <see cref="Runs"/> runs. Not a BenchmarkDotNet job: one run takes
/// seconds, and a database per iteration is set-up BenchmarkDotNet would time or repeat.
/// </summary>
public static class StoreComparison
{
    private const int Runs = 3;

    /// <summary>A month the 100,000-row file covers for every commune.</summary>
    private const string Period = "2026-03";

    public static async Task<int> RunAsync()
    {
        var server = Environment.GetEnvironmentVariable("BENCH_POSTGRES");
        var folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-bench-stores-" + Guid.NewGuid().ToString("N"));
        try
        {
            var file = ReportFileFactory.Write(folder, "csv", IngestBenchmarks.Rows);
            Console.WriteLine("| store | import 100,000 rows (csv) | rescore one period, 168 stored | rescore again, nothing changed |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            await MeasureAsync("SQLite", file, _ => new Dictionary<string, string?>()).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(server))
            {
                Console.WriteLine("| PostgreSQL | not measured: set BENCH_POSTGRES (scripts/bench-stores.sh) | | |");
                return 0;
            }

            await MeasureAsync("PostgreSQL", file, run => new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSql",
                ["Storage:ConnectionString"] = CreateDatabase(server, run),
            }).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string store, string file, Func<int, IDictionary<string, string?>> settings)
    {
        var imports = new List<double>();
        var firstRescores = new List<double>();
        var secondRescores = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            await using var host = await BenchIngestHost.StartAsync(settings(run)).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var summary = await host.Importer.ImportFileAsync(file, Path.GetFileName(file), "bench", "bench", CancellationToken.None).ConfigureAwait(false);
            imports.Add(watch.Elapsed.TotalSeconds);
            if (summary.ImportedCount != IngestBenchmarks.Rows)
            {
                throw new InvalidOperationException($"{store}: {summary.Status}, {summary.ImportedCount} imported ({summary.MessageEn}).");
            }

            var rescorer = host.Get<Rescorer>();
            watch.Restart();
            var stored = await rescorer.RescoreAsync([Scoring.Engine.Model.Period.Parse(Period)], CancellationToken.None).ConfigureAwait(false);
            firstRescores.Add(watch.Elapsed.TotalSeconds);
            watch.Restart();
            var storedAgain = await rescorer.RescoreAsync([Scoring.Engine.Model.Period.Parse(Period)], CancellationToken.None).ConfigureAwait(false);
            secondRescores.Add(watch.Elapsed.TotalSeconds);
            if (stored != BenchData.CityUnits || storedAgain != 0)
            {
                throw new InvalidOperationException($"{store}: the rescores stored {stored} and then {storedAgain} snapshots, expected {BenchData.CityUnits} and 0.");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {store} | {Median(imports):0.00} s | {Median(firstRescores):0.00} s | {Median(secondRescores):0.00} s |"));
    }

    private static string CreateDatabase(string server, int run)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"bench_{DateTime.UtcNow:HHmmss}_{run}");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            // Bench plumbing: a name we build ourselves (identifiers cannot be parameters).
            create.CommandText = "CREATE DATABASE " + name;
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
