using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Every file of the hostile corpus gets a clear vi/en reason and never an exception, and nothing stored before
/// it is lost. Values quoted back (formulas, scripts) stay text when exported.
/// </summary>
public class HostileFileTests
{
    private static readonly IndicatorKey _baseline = new("25750", "AV_UPDATED_MACHINES", new Period(2025, 7), "file");
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var path = ReportFiles.WriteCsv(_host.Folder, "baseline.csv", [ReportFiles.LongHeader, "25750,2025-07,AV_UPDATED_MACHINES,30/40"]);
        await _host.Get<IndicatorImporter>().ImportFileAsync(path, "baseline.csv", "file", "test", CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public void Corpus_HasAtLeastFortyFiles()
    {
        Assert.That(HostileFileCorpus.All().Count(), Is.GreaterThanOrEqualTo(40));
    }

    [TestCaseSource(typeof(HostileFileCorpus), nameof(HostileFileCorpus.All))]
    public async Task Import_HostileFile_GetsItsReasonAndLosesNothingStored(HostileFileCorpus.Case hostile)
    {
        var folder = Path.Combine(_host.Folder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, hostile.FileName);
        hostile.Write(path);

        var summary = await _host.Get<IndicatorImporter>().ImportFileAsync(path, hostile.FileName, "file", "test", CancellationToken.None);

        var (kind, detail) = (hostile.Expected.Split(':')[0], hostile.Expected.Split(':')[1]);
        var quarantined = await _host.Get<IngestRunRepository>().ListQuarantinedRowsAsync(summary.RunId, 0, 10, CancellationToken.None);
        switch (kind)
        {
            case "rejected":
                var run = await _host.Get<IngestRunRepository>().FindAsync(summary.RunId, CancellationToken.None);
                Assert.That(summary.Status, Is.EqualTo(IngestRunStatus.Failed));
                Assert.That(summary.MessageVi, Is.Not.Empty.And.Not.EqualTo(summary.MessageEn));
                Assert.That(run!.Message, Does.Contain(summary.MessageEn!));
                Assert.That(summary.MessageEn, Does.Contain(ExpectedMessage(detail)), $"reason {detail}");
                break;
            case "quarantined":
                Assert.That(summary.Status, Is.EqualTo(IngestRunStatus.Succeeded));
                Assert.That(quarantined.Select(q => q.ReasonCode), Does.Contain(detail));
                Assert.That(quarantined.All(q => q.MessageVi.Length is > 0 and < 400 && q.MessageEn.Length is > 0 and < 400), Is.True, "messages quote values briefly");
                break;
            default:
                Assert.That((summary.Status, summary.ImportedCount + summary.UnchangedCount + summary.UpdatedCount), Is.EqualTo((IngestRunStatus.Succeeded, int.Parse(detail, System.Globalization.CultureInfo.InvariantCulture))));
                break;
        }

        var baseline = await _host.Get<IndicatorRepository>().FindAsync(_baseline, CancellationToken.None);
        Assert.That((baseline!.Part, baseline.Whole), Is.EqualTo((30m, 40m)), "what was stored before is intact");
    }

    [Test]
    public void Export_CellStartingWithEquals_IsWrittenAsTextNeverAsAFormula()
    {
        using var stream = new MemoryStream();

        XlsxWriter.Write(stream, "Rejected", ["raw"], [["=HYPERLINK(\"http://evil.example\",\"x\")"], ["+cmd|' /C calc'!A0"]]);

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(stream.ToArray()));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = reader.ReadToEnd();
        Assert.That(sheet, Does.Not.Contain("<f>").And.Not.Contain("<f "));
        Assert.That(sheet, Does.Contain("t=\"inlineStr\"").And.Contain("=HYPERLINK("));
    }

    private static string ExpectedMessage(string code) => code switch
    {
        "file.encoding" => "not UTF-8",
        "file.empty" => "empty",
        "file.unknownLayout" => "Unrecognised report layout",
        "file.duplicateHeader" => "appears more than once",
        "file.type" => "Only .xlsx and .csv",
        "file.unreadable" => "cannot be read",
        "file.tooLarge" => "unpacks to far more",
        "file.tooManyRows" => "far beyond a monthly report",
        "file.unterminatedQuote" => "is never closed",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "no expected message for this rejection code"),
    };
}
