using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Scoring.Engine.Model;

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

    [Test]
    public void Write_StyledSheet_TitleBlockFrozenFilteredHeaderWidthsAndRatingFills()
    {
        using var stream = new MemoryStream();
        var sheet = new XlsxSheet("League", ["Hạng", "Đơn vị", "Xếp loại", "Điểm"], [[1, "Phường Sài Gòn", new XlsxRating(RatingColour.Green, "Xanh"), 91.5m], [2, "=1+1", new XlsxRating(RatingColour.Red, "Đỏ"), null]])
        {
            Title = [new("Kỳ báo cáo", "tháng 7/2025"), new("Bộ quy tắc chấm điểm, phiên bản", "2")],
            Widths = [6, 30],
        };

        XlsxWriter.WriteAsync(stream, sheet).GetAwaiter().GetResult();

        using var excel = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(stream.ToArray()));
        var rows = new List<object?[]>();
        while (excel.Read())
        {
            rows.Add([.. Enumerable.Range(0, excel.FieldCount).Select(excel.GetValue)]);
        }

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(stream.ToArray()));
        var xml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open()).ReadToEnd();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[0].Take(2), Is.EqualTo(new object?[] { "Kỳ báo cáo", "tháng 7/2025" }));
            Assert.That(rows[3].Take(4), Is.EqualTo(new object?[] { "Hạng", "Đơn vị", "Xếp loại", "Điểm" }), "title, empty row, then the header");
            Assert.That(rows[4], Is.EqualTo(new object?[] { 1d, "Phường Sài Gòn", "Xanh", 91.5d }), "numbers as numbers, the rating as its word");
            Assert.That(rows[5][1], Is.EqualTo("=1+1"), "text that looks like a formula stays text");
            Assert.That(xml, Does.Not.Contain("<f>"), "no formulas");
            Assert.That(xml, Does.Contain("ySplit=\"4\""), "frozen below the header");
            Assert.That(xml, Does.Contain("<autoFilter ref=\"A4:D6\""), "the header and both rows: a filter over the header alone filters nothing");
            Assert.That(xml, Does.Contain("<col ").And.Contain("width=\"30\""));
            Assert.That(styles, Does.Contain("B7E1CD").And.Contain("F4B6B0"), "green and red fills");
        }
    }
}
