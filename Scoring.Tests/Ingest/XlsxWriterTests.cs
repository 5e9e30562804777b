using DashboardKpi.Ingest.Jobs.Reports;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The xlsx writer (SpreadCheetah) reads back through the report reader's xlsx library, cell for cell.</summary>
public class XlsxWriterTests
{
    [Test]
    public void Write_NumbersTextAndGaps_ReadBackInTheirColumns_HeaderBoldAndFrozen()
    {
        using var stream = new MemoryStream();

        XlsxWriter.Write(stream, "A/B: [x]", ["code", "n", "gap", "text"], [["25747", 1117, null, "  -5 "], ["1", 2.5m, null, null]]);

        stream.Position = 0;
        using var excel = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(stream.ToArray()));
        var rows = new List<object?[]>();
        while (excel.Read())
        {
            rows.Add([.. Enumerable.Range(0, excel.FieldCount).Select(excel.GetValue)]);
        }

        Assert.That(rows[0], Is.EqualTo(new object?[] { "code", "n", "gap", "text" }));
        Assert.That(rows[1], Is.EqualTo(new object?[] { "25747", 1117d, null, "  -5 " }));
        Assert.That(rows[2], Is.EqualTo(new object?[] { "1", 2.5d, null, null }));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(stream.ToArray()));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.That(sheet.ReadToEnd(), Does.Contain("ySplit=\"1\""), "the header row is frozen");
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        Assert.That(styles.ReadToEnd(), Does.Contain("<b/>").Or.Contain("<b "), "a bold font for the header");
    }
}
