using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// On a server store two imports commit at once, and identity values are handed out before commit. Unless writers
/// commit in id order (the advisory lock), a rescore running meanwhile could pin a data snapshot id below which a
/// value is still uncommitted; that value would later fall inside the snapshot and the rating would not reproduce.
/// </summary>
public sealed class PostgreSqlConcurrentImportTests : WorkerlessIngestFixture
{
    private protected override Task<IReadOnlyDictionary<string, string?>> StorageSettingsAsync() => PostgreSqlSettingsAsync();

    [Test]
    public async Task TwoImportsAtOnce_WithRescoresBetween_EveryStoredRatingReproduces()
    {
        const string Period = "2025-07";
        var units = new[] { "25777", "25780", "25747", "25750" };
        var importer = Host.Get<IndicatorImporter>();
        var rescorer = Host.Get<Rescorer>();

        // Rescores run all along; each writer imports small files that change every unit's values, and after each one
        // waits for a rescore to finish, so rescores fall between (and during) the other writer's imports.
        using var stop = new CancellationTokenSource();
        var rescoresDone = 0;
        var rescores = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await rescorer.RescoreAsync([Scoring.Engine.Model.Period.Parse(Period)], CancellationToken.None);
                Interlocked.Increment(ref rescoresDone);
            }
        });

        async Task ImportAsync(string writer, int machines)
        {
            for (var round = 0; round < 5; round++)
            {
                var rows = units.Select(u => u + "," + Period + ",AV_UPDATED_MACHINES," + (machines + round) + "/40");
                var name = writer + "-" + round + ".csv";
                await importer.ImportFileAsync(ReportFiles.WriteCsv(Host.Folder, name, [ReportFiles.LongHeader, .. rows]), name, "file", writer, CancellationToken.None);
                var seen = Volatile.Read(ref rescoresDone);
                while (Volatile.Read(ref rescoresDone) < seen + 1 && !rescores.IsCompleted)
                {
                    await Task.Delay(20);
                }
            }
        }

        await Task.WhenAll(Task.Run(() => ImportAsync("writer-a", 10)), Task.Run(() => ImportAsync("writer-b", 30)));
        await stop.CancelAsync();
        await rescores;

        var snapshots = Host.Get<RatingSnapshotRepository>();
        var reproducer = Host.Get<RatingReproducer>();
        var checkedCount = 0;
        foreach (var unit in units)
        {
            foreach (var stored in await snapshots.ListHistoryAsync(unit, Scoring.Engine.Model.Period.Parse(Period), CancellationToken.None))
            {
                var again = await reproducer.ReproduceAsync(stored, CancellationToken.None);
                Assert.That(again.Identical, Is.True, "snapshot " + stored.Id + " of " + unit + " at data snapshot " + stored.DataSnapshotId + ": " + string.Join("; ", again.Differences.Select(d => d.En)));
                checkedCount++;
            }
        }

        Assert.That(checkedCount, Is.GreaterThan(units.Length), "rescores ran while the imports did");
    }
}
