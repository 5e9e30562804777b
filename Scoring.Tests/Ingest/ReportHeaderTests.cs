using DashboardKpi.Ingest.Jobs.Reports.Narrative;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class ReportHeaderTests
{
    private static readonly UnitName[] _units =
    [
        new("26734", ["Phường Tân Định"]),
        new("26740", ["Phường Bến Thành"]),
        new("27000", ["Xã Tân Định Mới"]),
    ];

    [Test]
    public void CleanAndOcrSamples_NameTanDinh_September2025()
    {
        foreach (var text in new[] { SampleReportKey.Clean, SampleReportKey.Ocr })
        {
            var header = ReportHeader.Detect(text, _units);

            Assert.That((header.CommuneCode, header.Period, header.PeriodUnsure), Is.EqualTo(("26734", "2025-09", false)));
        }
    }

    [Test]
    public void AHeadNamingTwoUnits_LeavesTheCommuneOpen()
    {
        var header = ReportHeader.Detect("UBND PHƯỜNG TÂN ĐỊNH\nUBND PHƯỜNG BẾN THÀNH\nBáo cáo tháng 9 năm 2025", _units);

        Assert.That(header.CommuneCode, Is.Null);
        Assert.That(header.CommuneCodes, Has.Count.EqualTo(2));
    }

    [Test]
    public void OnlyASigningDate_GivesTheMonthBefore_MarkedUnsure()
    {
        var header = ReportHeader.Detect("PHƯỜNG TÂN ĐỊNH\nTân Định, ngày 06 tháng 10 năm 2025\nBÁO CÁO", _units);

        Assert.That((header.Period, header.PeriodUnsure), Is.EqualTo(("2025-09", true)));
    }
}
