using System.Net;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The meeting documents of a period before and after the made-up merger: the city summary PDF (its text extracted
/// with PdfPig), the monthly pack and the league table's xlsx list the units in force in that period, not today's.
/// </summary>
public sealed partial class ReorganisationTests
{
    [Test]
    public async Task SummaryPdf_PeriodBeforeTheChange_ListsTheOldUnitsNotTheNewOne()
    {
        var text = string.Join("\n", await PdfPagesAsync("/api/v1/summary.pdf?period=" + Before));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("168 đơn vị"));
            Assert.That(text, Does.Match(Code(PhuLoi)).And.Match(Code(PhuAn)), "the league table's code column");
            Assert.That(text, Does.Not.Match(Code(NewWard)).And.Not.Contain("Phú Lợi An"));
        }
    }

    [Test]
    public async Task SummaryPdf_PeriodFromTheChange_ListsTheNewUnitNotTheOldOnes()
    {
        var text = string.Join("\n", await PdfPagesAsync("/api/v1/summary.pdf?period=" + After));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("167 đơn vị"));
            Assert.That(text, Does.Match(Code(NewWard)).And.Contain("Phường Phú Lợi An"));
            Assert.That(text, Does.Not.Match(Code(PhuLoi)).And.Not.Match(Code(PhuAn)));
        }
    }

    [Test]
    public async Task PackPdf_PeriodFromTheChange_HasNoPageForAnEndedUnit()
    {
        var pages = await PdfPagesAsync("/api/v1/pack.pdf?period=" + After);

        Assert.That(pages.Where(p => p.Contains("(" + PhuLoi + ")", StringComparison.Ordinal) || p.Contains("(" + PhuAn + ")", StringComparison.Ordinal)), Is.Empty,
            "a scorecard page names its unit and code in the foot; the ended units have none that month");
    }

    [Test]
    public async Task ScorecardPdf_EndedUnitAfterTheChange_SaysItIsNotInForce()
    {
        var text = string.Join("\n", await PdfPagesAsync($"/api/v1/communes/{PhuLoi}/scorecard.pdf?period={After}"));
        var before = string.Join("\n", await PdfPagesAsync($"/api/v1/communes/{PhuLoi}/scorecard.pdf?period={Before}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Đơn vị không có hiệu lực trong tháng 12/2026"));
            Assert.That(text, Does.Not.Contain("Chưa có dữ liệu"), "not an empty card that reads as a unit without data");
            Assert.That(before, Does.Not.Contain("không có hiệu lực").And.Contain("Các tiêu chí"), "its last month in force is a full scorecard");
        }
    }

    [TestCase(Before, 168, new[] { PhuLoi, PhuAn }, new[] { NewWard })]
    [TestCase(After, 167, new[] { NewWard }, new[] { PhuLoi, PhuAn })]
    public async Task LeagueExport_EachPeriod_ListsTheUnitsInForceThen(string period, int count, string[] listed, string[] absent)
    {
        using var response = await Admin.GetAsync("/LeagueTable?handler=Export&period=" + period);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var excel = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var rows = new List<object?[]>();
        while (excel.Read())
        {
            rows.Add([.. Enumerable.Range(0, excel.FieldCount).Select(excel.GetValue)]);
        }

        var header = rows.FindIndex(r => Equals(r[0], "Hạng"));
        var codeColumn = Array.IndexOf(rows[header], "Mã");
        var codes = rows.Skip(header + 1).Select(r => Convert.ToString(r[codeColumn], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes, Has.Count.EqualTo(count));
            Assert.That(codes, Is.SupersetOf(listed));
            Assert.That(codes, Has.None.AnyOf(absent));
        }
    }

    [Test]
    public async Task WhatIfPage_PeriodsAroundTheChange_CountTheUnitsInForceAndTheMapSaysWhatItLacks()
    {
        // The shipped version 2 simulated against itself: no unit changes colour, the counts are each period's units.
        using var response = await Admin.GetAsync($"/Rules/Simulate/2?run=true&periods={Before}&periods={After}&map={After}");
        var html = await response.Content.ReadAsStringAsync();
        var before = await Admin.GetStringAsync($"/Rules/Simulate/2?run=true&periods={Before}&periods={After}&map={Before}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("id=\"change-map\"").And.Contain("id=\"map-coverage\"").And.Contain("Phường Phú Lợi An"), "the new ward has no outline: said so");
            Assert.That(MapUnits(html), Has.Count.EqualTo(166), "the ended wards' outlines are left blank");
            Assert.That(before, Does.Contain("id=\"change-map\"").And.Not.Contain("id=\"map-coverage\""));
            Assert.That(MapUnits(before), Has.Count.EqualTo(168));
        }
    }

    private static List<string> MapUnits(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "data-code=\"(\\d+)\" data-rating=\"[a-zA-Z]+\" class=\"unit\"").Select(m => m.Groups[1].Value).ToList();

    private static string Code(string code) => @"\b" + code + @"\b";

    private async Task<IReadOnlyList<string>> PdfPagesAsync(string url)
    {
        using var response = await Admin.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p).Normalize(NormalizationForm.FormC)).ToList();
    }
}
