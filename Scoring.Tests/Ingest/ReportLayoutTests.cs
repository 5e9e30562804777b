using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class ReportLayoutTests
{
    [Test]
    public void FromHeader_ExactLongHeader_IsLong()
    {
        Assert.That(ReportLayout.FromHeader(["commune_code", "period", "indicator_code", "value"]).IsLong, Is.True);
    }

    [Test]
    public void FromHeader_BracketedCodes_IsWideWithIndicatorColumns()
    {
        var layout = ReportLayout.FromHeader(["Mã đơn vị [commune_code]", "Tên đơn vị", "Kỳ [period]", "Máy tính (17/40) [AV_UPDATED_MACHINES]", "IOC [IOC_CONNECTED]"]);

        Assert.That((layout.IsLong, layout.CommuneColumnIndex, layout.PeriodColumnIndex), Is.EqualTo((false, 0, 2)));
        Assert.That(layout.IndicatorColumns, Is.EqualTo(new[] { (3, "AV_UPDATED_MACHINES"), (4, "IOC_CONNECTED") }));
    }

    [Test]
    public void FromHeader_DuplicateIndicatorColumn_RejectsTheFile()
    {
        var rejected = Assert.Throws<ReportFileRejectedException>(() => ReportLayout.FromHeader(["[commune_code]", "[period]", "A [IOC_CONNECTED]", "B [IOC_CONNECTED]"]));

        Assert.That(rejected!.Code, Is.EqualTo("file.duplicateHeader"));
    }

    [Test]
    public void FromHeader_UnknownLayout_RejectsWithBothLanguages()
    {
        var rejected = Assert.Throws<ReportFileRejectedException>(() => ReportLayout.FromHeader(["code", "month", "value"]));

        Assert.That((rejected!.Code, rejected.MessageVi.Length > 0, rejected.MessageEn.Length > 0), Is.EqualTo(("file.unknownLayout", true, true)));
    }

    [Test]
    public void Rows_WideRow_GivesOneValuePerFilledCell()
    {
        var layout = ReportLayout.FromHeader(["[commune_code]", "[period]", "[AV_UPDATED_MACHINES]", "[IOC_CONNECTED]"]);

        var rows = layout.Rows(5, ["25747", "2025-07", "", "có"]).ToList();

        Assert.That(rows.Select(r => (r.RowNumber, r.IndicatorCode, r.Value)), Is.EqualTo(new[] { (5, "IOC_CONNECTED", "có") }));
    }

    [Test]
    public void WideTemplate_GeneratedFromTheRules_IsReadBackWithEveryIndicatorColumn()
    {
        var rules = ShippedRules.Read().RuleSet!;
        var communes = new[] { new Commune { Code = "25747", Type = "phuong", TypeVi = "Phường", Name = "Thủ Dầu Một", FullName = "Phường Thủ Dầu Một", NameEn = "Thu Dau Mot", FullNameEn = "Thu Dau Mot Ward", CodeName = "thu_dau_mot" } };
        using var stream = new MemoryStream();
        WideTemplate.Write(rules, communes, new DashboardKpi.Scoring.Engine.Model.Period(2025, 7), stream);

        var filled = FillFirstIndicator(stream.ToArray());
        var rows = ReportFileReader.Read(filled, "template.xlsx").ToList();

        Assert.That(rows, Has.Count.EqualTo(1), "an empty template yields nothing but the one filled cell");
        Assert.That((rows[0].CommuneCode, rows[0].Period, rows[0].IndicatorCode), Is.EqualTo(("25747", "2025-07", rules.Indicators[0].Code)));
    }

    [Test]
    public void WideTemplate_HasATitleBlockWithPeriodAndVersion_ThatTheReaderSkips()
    {
        var rules = ShippedRules.Read().RuleSet!;
        using var stream = new MemoryStream();
        WideTemplate.Write(rules, [SaiGon], new DashboardKpi.Scoring.Engine.Model.Period(2025, 7), stream);

        var cells = ReadCells(stream.ToArray());
        var filled = FillFirstIndicator(stream.ToArray());
        var rows = ReportFileReader.Read(filled, "template.xlsx").ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells[1], Is.EqualTo(new[] { "Kỳ báo cáo / Period", "2025-07" }));
            Assert.That(cells[2], Is.EqualTo(new[] { "Bộ quy tắc chấm điểm, phiên bản / Rule set version", rules.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            Assert.That(cells[4][0], Is.EqualTo("Mã đơn vị [commune_code]"), "the header follows the title block and an empty row");
            Assert.That(rows.Select(r => (r.RowNumber, r.CommuneCode)), Is.EqualTo(new[] { (6, "26740") }), "row numbers count the title block, as Excel shows them");
        }
    }

    [Test]
    public void Read_CsvWithTitleLinesAboveTheHeader_SkipsThem()
    {
        var csv = "Bảng số liệu tháng 7\nKỳ,2025-07\n\ncommune_code,period,indicator_code,value\n25747,2025-07,IOC_CONNECTED,có\n";

        var rows = ReportFileReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "r.csv").ToList();

        Assert.That(rows.Select(r => (r.RowNumber, r.IndicatorCode)), Is.EqualTo(new[] { (5, "IOC_CONNECTED") }));
    }

    [Test]
    public void Read_OnlyTitleLinesNoHeader_IsRejectedAsAnUnknownLayout()
    {
        var csv = "Bảng số liệu tháng 7\nKỳ,2025-07\n";

        var rejected = Assert.Throws<ReportFileRejectedException>(() => ReportFileReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "r.csv").ToList());

        Assert.That(rejected!.Code, Is.EqualTo("file.unknownLayout"));
    }

    private static Commune SaiGon => new() { Code = "26740", Type = "phuong", TypeVi = "Phường", Name = "Sài Gòn", FullName = "Phường Sài Gòn", NameEn = "Sai Gon", FullNameEn = "Sai Gon Ward", CodeName = "sai_gon" };

    /// <summary>Every row's cells as text, as Excel shows them.</summary>
    private static List<string[]> ReadCells(byte[] xlsx)
    {
        var rows = new List<string[]>();
        using var excel = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(xlsx));
        while (excel.Read())
        {
            var cells = Enumerable.Range(0, excel.FieldCount).Select(i => Convert.ToString(excel.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    /// <summary>Re-writes the template with the first indicator cell filled, as a steward would in Excel: title block kept.</summary>
    private static MemoryStream FillFirstIndicator(byte[] template)
    {
        Assert.That(ReportFileReader.Read(new MemoryStream(template), "template.xlsx"), Is.Empty, "the blank template has no values");
        var cells = ReadCells(template);
        var title = cells.TakeWhile(ReportLayout.IsTitleRow).Where(c => c.Length > 0).Select(c => new XlsxTitleLine(c[0], c.Length > 1 ? c[1] : "")).ToList();
        var header = cells.First(c => !ReportLayout.IsTitleRow(c));
        var first = cells.Skip(cells.IndexOf(header) + 1).First();

        var output = new MemoryStream();
        XlsxWriter.WriteAsync(output, new XlsxSheet("Filled", header, [[first[0], first[1], first[2], "có"]]) { Title = title }).GetAwaiter().GetResult();
        output.Position = 0;
        return output;
    }
}
