using System.Text;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class ReportTextExtractorTests
{
    [Test]
    public void Docx_OfTheCleanSample_GivesEveryAnswerKeyValue()
    {
        var text = ReportTextExtractor.Extract(new MemoryStream(NarrativeFiles.Docx(SampleReportKey.Clean)), "bao-cao.docx");
        var proposals = NarrativeReader.Read(text).Proposals.ToDictionary(p => p.IndicatorCode);

        Assert.That(SampleReportKey.Rows.Where(r => proposals[r.Code].Value != r.Value).Select(r => r.Code), Is.Empty);
    }

    [Test]
    public void PdfTextLayer_OfTheSampleWithoutMarks_Gives90Percent_NoneWrong()
    {
        var text = ReportTextExtractor.Extract(new MemoryStream(NarrativeFiles.PdfWithText(SampleReportKey.Clean)), "bao-cao.pdf");
        var proposals = NarrativeReader.Read(text).Proposals.ToDictionary(p => p.IndicatorCode);
        var found = SampleReportKey.Rows.Count(r => proposals[r.Code].Value == r.Value);

        Assert.That(SampleReportKey.Rows.Where(r => proposals[r.Code].Value is { } v && v != r.Value).Select(r => r.Code), Is.Empty);
        Assert.That(found, Is.GreaterThanOrEqualTo(35), string.Join("; ", SampleReportKey.Rows.Where(r => proposals[r.Code].Value is null).Select(r => r.Code)));
    }

    [Test]
    public void PdfWithoutTextLayer_IsRefused_SayingOcrIsNotYetSupported()
    {
        var refused = Assert.Throws<ReportFileRejectedException>(() => ReportTextExtractor.Extract(new MemoryStream(NarrativeFiles.PdfWithoutText()), "scan.pdf"));

        Assert.That(refused!.Code, Is.EqualTo("report.noTextLayer"));
        Assert.That(refused.MessageVi, Does.Contain("OCR"));
    }

    [TestCase("report.zipBomb")]
    public void ZipBombDocx_IsRefused(string code)
    {
        var refused = Assert.Throws<ReportFileRejectedException>(() => ReportTextExtractor.Extract(new MemoryStream(NarrativeFiles.ZipBombDocx()), "bomb.docx"));

        Assert.That(refused!.Code, Is.EqualTo(code));
    }

    [Test]
    public void NotUtf8Text_IsRefusedWithAReason()
    {
        var latin1 = Encoding.Latin1.GetBytes(new string('é', 200));

        var refused = Assert.Throws<ReportFileRejectedException>(() => ReportTextExtractor.Extract(new MemoryStream(latin1), "bao-cao.txt"));

        Assert.That((refused!.Code, refused.MessageEn), Is.EqualTo(("report.encoding", "The .txt file is not UTF-8: save it again as UTF-8.")));
    }

    [Test]
    public void FarTooLongText_IsRefused()
    {
        var text = Encoding.UTF8.GetBytes(new string('a', ReportTextExtractor.MaxChars + 10));

        var refused = Assert.Throws<ReportFileRejectedException>(() => ReportTextExtractor.Extract(new MemoryStream(text), "long.txt"));

        Assert.That(refused!.Code, Is.EqualTo("report.tooLong"));
    }
}
