using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The overview and league table over real HTTP on the seeded (demo) database.</summary>
[TestFixture]
public sealed partial class OverviewAndLeagueTests : AdminSessionFixture
{
    [Test]
    public async Task Overview_LatestPeriod_Maps168UnitsAndCountsAddUp()
    {
        var html = await OverviewPage.GetAsync(Admin);

        var units = UnitPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var counts = CountPattern().Matches(html).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(units, Has.Count.EqualTo(168));
            Assert.That(counts, Is.EqualTo(168));
            Assert.That(html, Does.Contain("id=\"trend-chart\"").And.Contain("id=\"worst-ten\"").And.Contain("Dữ liệu minh họa"));
            Assert.That(html, Does.Not.Contain("⟦"), "no missing UI text");
        }
    }

    [Test]
    public async Task Overview_BadPeriod_Is400NotAnError()
    {
        using var response = await Admin.GetAsync("/?period=2025-13");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task LeagueTable_SortByNameDescending_ListsAll168InThatOrder()
    {
        var html = await Admin.GetStringAsync("/LeagueTable?sort=name&desc=true");

        var codes = RowPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(codes, Has.Count.EqualTo(168));
            Assert.That(html, Does.Contain("aria-sort=\"descending\""));
        }
    }

    [TestCase("thu duc", "26824")]
    [TestCase("THỦ ĐỨC", "26824")]
    [TestCase("sai gon", "26740")]
    public async Task LeagueTable_SearchIgnoringDiacritics_FindsTheUnit(string query, string code)
    {
        var html = await Admin.GetStringAsync("/LeagueTable?q=" + Uri.EscapeDataString(query));

        Assert.That(RowPattern().Matches(html).Select(m => m.Groups[1].Value), Does.Contain(code));
    }

    [Test]
    public async Task LeagueTable_FilterSpecialZone_ShowsOnlyConDao()
    {
        var html = await Admin.GetStringAsync("/LeagueTable?type=dac_khu");

        Assert.That(RowPattern().Matches(html), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task LeagueTable_Export_IsAStyledWorkbook_TitleBlockHeaderAnd168Rows()
    {
        using var response = await Admin.GetAsync("/LeagueTable?handler=Export");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var excel = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var rows = new List<object?[]>();
        while (excel.Read())
        {
            rows.Add([.. Enumerable.Range(0, excel.FieldCount).Select(excel.GetValue)]);
        }

        var header = rows.FindIndex(r => Equals(r[0], "Hạng"));
        var data = rows.Skip(header + 1).ToList();
        var title = rows.Take(header).Select(r => Convert.ToString(r[0], System.Globalization.CultureInfo.InvariantCulture) + ": " + Convert.ToString(r.ElementAtOrDefault(1), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        var stylesXml = await styles.ReadToEndAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(title, Has.Some.StartsWith("Kỳ báo cáo: tháng "));
            Assert.That(title, Has.Some.EqualTo("Bộ quy tắc chấm điểm, phiên bản: 2"));
            Assert.That(title, Has.Some.Match(@"^Ảnh chụp dữ liệu: #\d+$"));
            Assert.That(title, Has.Some.StartsWith("Dữ liệu minh họa: "));
            Assert.That(data, Has.Count.EqualTo(168));
            Assert.That(data.All(r => r[0] is double && (r[4] is double || r[4] is null)), Is.True, "rank and score are numbers");
            Assert.That(data.Select(r => r[3]).Distinct(), Is.SubsetOf(new[] { "Xanh", "Vàng", "Đỏ", "Chưa có dữ liệu" }), "the rating as its word");
            Assert.That(stylesXml, Does.Contain("<b/>").Or.Contain("<b "), "a bold header");
            Assert.That(stylesXml, Does.Contain("FFE599").Or.Contain("F4B6B0"), "rating fills");
        }
    }

    [Test]
    public async Task Overview_Chair_SeesTheCityButOnlyItsOwnUnitIsALink()
    {
        await Server.CreateUserAsync("chair-saigon", UserRoles.Chair, "26740");
        using var chair = await Server.LoginAsync("chair-saigon", "user-password-123");

        var html = await OverviewPage.GetAsync(chair);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(UnitPattern().Matches(html), Has.Count.EqualTo(168));
            Assert.That(LinkPattern().Matches(html).Select(m => m.Groups[1].Value).Distinct(), Is.EqualTo(new[] { "26740" }));
        }
    }

    [TestCase("Thủ Đức", "thu duc")]
    [TestCase("Đặc khu Côn Đảo", "dac khu con dao")]
    [TestCase("  Hoà   Hưng ", "hoa hung")]
    public void Fold_RemovesMarksCaseAndSpacing(string text, string expected) => Assert.That(SearchText.Fold(text), Is.EqualTo(expected));

    [GeneratedRegex("data-code=\"(\\d+)\" data-rating=\"[a-zA-Z]+\" class=\"unit\"")]
    private static partial Regex UnitPattern();

    [GeneratedRegex("<div class=\"count [a-zA-Z]+\" data-rating=\"[a-zA-Z]+\">\\s*<span class=\"n\">(\\d+)</span>")]
    private static partial Regex CountPattern();

    [GeneratedRegex("<tr data-code=\"(\\d+)\"")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<a href=\"/Communes/Details/(\\d+)\\?period=[0-9-]+\" aria-label")]
    private static partial Regex LinkPattern();
}
