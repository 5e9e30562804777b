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
        WideTemplate.Write(rules, communes, "2025-07", stream);

        var filled = FillFirstIndicator(stream.ToArray());
        var rows = ReportFileReader.Read(filled, "template.xlsx").ToList();

        Assert.That(rows, Has.Count.EqualTo(1), "an empty template yields nothing but the one filled cell");
        Assert.That((rows[0].CommuneCode, rows[0].Period, rows[0].IndicatorCode), Is.EqualTo(("25747", "2025-07", rules.Indicators[0].Code)));
    }

    /// <summary>Re-writes the template with the first indicator cell filled, as a steward would in Excel.</summary>
    private static MemoryStream FillFirstIndicator(byte[] template)
    {
        var header = new List<string>();
        Assert.That(ReportFileReader.Read(new MemoryStream(template), "template.xlsx"), Is.Empty, "the blank template has no values");
        using (var excel = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(template)))
        {
            excel.Read();
            for (var i = 0; i < excel.FieldCount; i++)
            {
                header.Add(Convert.ToString(excel.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }

        var output = new MemoryStream();
        XlsxWriter.Write(output, "Filled", header, [["25747", "2025-07", "Phường Thủ Dầu Một", "có"]]);
        output.Position = 0;
        return output;
    }
}
