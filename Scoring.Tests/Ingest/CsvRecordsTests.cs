using System.Text;
using DashboardKpi.Ingest.Jobs.Csv;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The one CSV reader of the report files and the reference data: quoting, row numbers and refusals.</summary>
public class CsvRecordsTests
{
    private static List<CsvRecord> Read(string text, char? delimiter = null)
    {
        using var reader = new StringReader(text);
        return [.. CsvRecords.Read(reader, delimiter)];
    }

    [Test]
    public void QuotedFields_KeepDelimitersLineBreaksAndDoubledQuotes_RowsCountRecords()
    {
        var records = Read("a,b\n\"x,1\",\"say \"\"hi\"\"\nthere\"\n3,4\n");

        Assert.That(records.Select(r => r.RowNumber), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "x,1", "say \"hi\"\nthere" }));
    }

    [Test]
    public void Delimiter_IsDetectedFromTheFirstRow()
    {
        Assert.That(Read("a;b;c\n1;2;3\n")[1].Fields, Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(Read("a\tb\n1\t2\n")[1].Fields, Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void ShortRowsAndBlankLines_KeepTheirOwnFieldCount()
    {
        var records = Read("a,b,c\n\n1\n", ',');

        Assert.That(records.Select(r => r.Fields.Count), Is.EqualTo(new[] { 3, 1, 1 }));
    }

    [TestCase("a,b\n1,\"open\n2,3\n", CsvProblem.UnterminatedQuote, 2)]
    [TestCase("a,b\n1,2\n3,\"ab\"c\n", CsvProblem.MalformedQuote, 3)]
    [TestCase("a,b\n\u0000x,1\n", CsvProblem.Unreadable, 2)]
    public void MalformedFiles_AreRefusedWithTheirRow(string text, CsvProblem problem, int row)
    {
        var exception = Assert.Throws<CsvFileException>(() => Read(text));

        Assert.That((exception!.Problem, exception.RowNumber), Is.EqualTo((problem, row)));
    }

    [Test]
    public void ARecordOverTheLimit_IsRefused_OneJustUnderIsRead()
    {
        Assert.That(Read("a,b\n1," + new string('x', 100_000) + "\n")[1].Fields[1], Has.Length.EqualTo(100_000));
        Assert.That(Assert.Throws<CsvFileException>(() => Read("a,b\n1," + new string('x', CsvRecords.MaxRecordLength) + "\n"))!.Problem,
            Is.EqualTo(CsvProblem.RecordTooLarge));
    }

    [Test]
    public void ReportFile_TextAfterAClosingQuote_IsRejectedNamingTheLine()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ReportFiles.LongHeader + "\n25747,2025-08,IOC_CONNECTED,\"có\"x\n"));

        var exception = Assert.Throws<ReportFileRejectedException>(() => ReportFileReader.Read(stream, "r.csv").ToList());

        Assert.That((exception!.Code, exception.MessageEn), Is.EqualTo(("file.malformedQuote", "Line 2 has text after a closing quote in the same cell; check that cell.")));
    }
}
