using System.Globalization;
using System.Text;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// An import writes its values and quarantined rows a chunk at a time inside one transaction, remembering only the
/// keys of the file. With chunks of three, small files here span several chunks: everything must still land with
/// the counts of one batch, a duplicate must still be found across chunks, and a file that breaks after several
/// chunks must leave nothing behind.
/// </summary>
public class ChunkedImportTests
{
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync();
        _host.Get<IndicatorImporter>().ChunkSize = 3;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private Task<ImportSummary> ImportAsync(string path, string source) =>
        _host.Get<IndicatorImporter>().ImportFileAsync(path, Path.GetFileName(path), source, "test", CancellationToken.None);

    private async Task<List<IndicatorValueRow>> StoredAsync(string period, string source) =>
        [.. (await _host.Get<IndicatorRepository>().ListForPeriodAsync(Scoring.Engine.Model.Period.Parse(period), CancellationToken.None)).Where(v => v.Source == source)];

    [Test]
    public async Task Import_FileOfSeveralChunks_StoresEveryRowWithTheCountsOfOneBatch()
    {
        var path = ReportFiles.WriteCsv(_host.Folder, "chunks.csv",
        [
            ReportFiles.LongHeader,
            "25747,2025-11,AV_UPDATED_MACHINES,17/40",   // row 2
            "25747,2025-11,STAFF_TRAINED,20/20",
            "99999,2025-11,AV_UPDATED_MACHINES,17/40",   // commune.unknown
            "25750,2025-11,AV_UPDATED_MACHINES,38/40",   // third value: the first chunk is written here
            "25750,2025-11,STAFF_TRAINED,12/20",
            "25747,2025-13,AV_UPDATED_MACHINES,17/40",   // period.invalid
            "25777,2025-11,AV_UPDATED_MACHINES,30/40",
            "25777,2025-11,IOC_CONNECTED,có",
            "25747,2025-11,NO_SUCH_INDICATOR,17",        // indicator.unknown: the first chunk of quarantined rows
            "25780,2025-11,AV_UPDATED_MACHINES,10/40",
            "25747,2025-11,AV_UPDATED_MACHINES,18/40",   // row 12: row.duplicate of row 2, two chunks back
            "25753,2025-11,IOC_CONNECTED,không",         // old code, mapped to 25747
        ]);

        var summary = await ImportAsync(path, "chunks-a");

        var stored = await StoredAsync("2025-11", "chunks-a");
        var quarantined = await _host.Get<IngestRunRepository>().ListQuarantinedRowsAsync(summary.RunId, 0, 100, CancellationToken.None);
        var run = await _host.Get<IngestRunRepository>().FindAsync(summary.RunId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((summary.Status, summary.ImportedCount, summary.UpdatedCount, summary.UnchangedCount, summary.QuarantinedCount, summary.MappedOldCodes),
                Is.EqualTo((IngestRunStatus.Succeeded, 8, 0, 0, 4, 1)));
            Assert.That(summary.QuarantineReasons, Is.EqualTo(new[]
            {
                ("commune.unknown", 1), ("period.invalid", 1), ("indicator.unknown", 1), ("row.duplicate", 1),
            }));
            Assert.That(summary.Periods, Is.EqualTo(new[] { new Period(2025, 11) }));
            Assert.That((run!.ImportedCount, run.QuarantinedCount), Is.EqualTo((8, 4)));
            Assert.That(stored.Select(v => v.CommuneCode + " " + v.IndicatorCode), Is.EquivalentTo(new[]
            {
                "25747 AV_UPDATED_MACHINES", "25747 STAFF_TRAINED", "25750 AV_UPDATED_MACHINES", "25750 STAFF_TRAINED",
                "25777 AV_UPDATED_MACHINES", "25777 IOC_CONNECTED", "25780 AV_UPDATED_MACHINES", "25747 IOC_CONNECTED",
            }));
            Assert.That(stored.Single(v => v is { CommuneCode: "25747", IndicatorCode: "AV_UPDATED_MACHINES" }).Part, Is.EqualTo(17m), "the first value of a key wins");
            Assert.That(quarantined.Select(q => (q.RowNumber, q.ReasonCode)), Is.EqualTo(new[]
            {
                (4, "commune.unknown"), (7, "period.invalid"), (10, "indicator.unknown"), (12, "row.duplicate"),
            }));
            Assert.That(quarantined[^1].MessageEn, Does.Contain("row 2 "));
        }
    }

    [Test]
    public async Task Import_CorrectionOfSeveralChunks_CountsUpdatedAndUnchangedAsOneBatch()
    {
        string[] Lines(string av25750, string ioc25777) =>
        [
            ReportFiles.LongHeader,
            "25747,2025-10,AV_UPDATED_MACHINES,17/40", "25747,2025-10,STAFF_TRAINED,20/20", "25750,2025-10,AV_UPDATED_MACHINES," + av25750,
            "25750,2025-10,STAFF_TRAINED,12/20", "25777,2025-10,AV_UPDATED_MACHINES,30/40", "25777,2025-10,IOC_CONNECTED," + ioc25777,
            "25780,2025-10,AV_UPDATED_MACHINES,10/40",
        ];
        var first = await ImportAsync(ReportFiles.WriteCsv(_host.Folder, "chunks-before.csv", Lines("38/40", "có")), "chunks-b");

        var corrected = await ImportAsync(ReportFiles.WriteCsv(_host.Folder, "chunks-after.csv", Lines("39/40", "không")), "chunks-b");

        var stored = await StoredAsync("2025-10", "chunks-b");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((first.ImportedCount, first.UpdatedCount, first.UnchangedCount), Is.EqualTo((7, 0, 0)));
            Assert.That((corrected.ImportedCount, corrected.UpdatedCount, corrected.UnchangedCount, corrected.QuarantinedCount), Is.EqualTo((0, 2, 5, 0)));
            Assert.That(stored.Where(v => v.Revision == 2).Select(v => v.CommuneCode + " " + v.IndicatorCode),
                Is.EquivalentTo(new[] { "25750 AV_UPDATED_MACHINES", "25777 IOC_CONNECTED" }));
            Assert.That(stored, Has.Count.EqualTo(7));
        }
    }

    [Test]
    public async Task Import_FileBreakingAfterSeveralChunks_RollsEveryChunkBack()
    {
        // Hundreds of good and bad rows (the reader decodes in buffers of about a kilobyte, so these are read, validated
        // and written in dozens of chunks) before a byte that is not UTF-8 makes the whole file unreadable.
        var lines = await ValidLinesAsync("2025-12", 600);
        for (var n = 0; n < lines.Count; n += 20)
        {
            lines.Insert(n, "99999,2025-12,AV_UPDATED_MACHINES,1/2");
        }

        var path = Path.Combine(_host.Folder, "breaks-late.csv");
        var good = Encoding.UTF8.GetBytes(ReportFiles.LongHeader + "\n" + string.Join("\n", lines) + "\n");
        await File.WriteAllBytesAsync(path, [.. good, .. "25747,2025-12,IOC_CONNECTED,c"u8, 0xF3, (byte)'\n', .. "25750,2025-12,IOC_CONNECTED,có\n"u8]);

        var summary = await ImportAsync(path, "chunks-c");

        var run = await _host.Get<IngestRunRepository>().FindAsync(summary.RunId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(good, Has.Length.GreaterThan(20_000));
            Assert.That((summary.Status, summary.ImportedCount, summary.QuarantinedCount), Is.EqualTo((IngestRunStatus.Failed, 0, 0)));
            Assert.That(summary.MessageEn, Does.Contain("not UTF-8"));
            Assert.That((run!.Status, run.ImportedCount), Is.EqualTo((IngestRunStatus.Failed, 0)));
            Assert.That(await StoredAsync("2025-12", "chunks-c"), Is.Empty);
            Assert.That(await _host.Get<IngestRunRepository>().ListQuarantinedRowsAsync(summary.RunId, 0, 10, CancellationToken.None), Is.Empty);
        }
    }

    /// <summary>Distinct valid long-layout rows for one period: every ratio indicator of the shipped rules for the units, in turn.</summary>
    private async Task<List<string>> ValidLinesAsync(string period, int count)
    {
        var communes = await _host.Get<CommuneRepository>().ListAsync(CancellationToken.None);
        var ratios = ShippedRules.Read().RuleSet!.Indicators.Where(i => i.Kind == IndicatorKind.Ratio).Select(i => i.Code).ToList();
        return [.. communes.SelectMany(c => ratios.Select((indicator, n) => string.Create(CultureInfo.InvariantCulture, $"{c.Code},{period},{indicator},{n}/40"))).Take(count)];
    }
}
