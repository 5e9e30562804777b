using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DashboardKpi.Dashboard.Web.Api;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The meeting PDFs (issue 28) over real HTTP on the seeded demo database, read back with PdfPig: the Vietnamese text
/// (DejaVu glyphs, extracted as the letters they are), the period, the rule set version, the data snapshot, the demo
/// label, the colours; bad input answered 400 in both languages, auth as for the rest of the API.
/// </summary>
[TestFixture]
public sealed class MeetingPdfTests : AdminSessionFixture
{
    private RatingsDto _latest = null!;

    private protected override async Task OnStartedAsync() =>
        _latest = (await Admin.GetFromJsonAsync<RatingsDto>("/api/v1/ratings", ApiJson.Options))!;

    [Test]
    public async Task ScorecardPdf_SaiGon_HoldsUnitPeriodVersionSnapshotColoursAndDemoLabel()
    {
        var (response, pages) = await GetPdfAsync(Admin, $"/api/v1/communes/26740/scorecard.pdf?period={_latest.Period}");
        var text = string.Join("\n", pages);
        var month = _latest.Period.Month;
        var saiGon = _latest.Ratings.Single(r => r.CommuneCode == "26740");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(text, Does.Contain("Phường Sài Gòn"), "Vietnamese letters come back as themselves");
            Assert.That(text, Does.Contain($"tháng {month}/{_latest.Period.Year}"));
            Assert.That(text, Does.Contain("Bộ quy tắc chấm điểm, phiên bản: " + saiGon.RuleSetVersion));
            Assert.That(text, Does.Match(@"Ảnh chụp dữ liệu: #\d+"));
            Assert.That(text, Does.Contain("Dữ liệu minh họa"));
            Assert.That(text, Does.Contain("Lộ trình đạt mức xanh").Or.Contain("Các tiêu chí"));
            Assert.That(text, Does.Contain(Word(saiGon.Overall)), "the overall colour as its word");
            Assert.That(pages.All(p => p.Contains("DỮ LIỆU MINH HỌA", StringComparison.Ordinal)), Is.True, "every page's foot says demo");
        }
    }

    [Test]
    public async Task SummaryPdf_InEnglish_HoldsCountsPeriodVersionAndDemoLabel()
    {
        var (_, pages) = await GetPdfAsync(Admin, $"/api/v1/summary.pdf?period={_latest.Period}&lang=en");
        var text = string.Join("\n", pages);
        var reds = _latest.Ratings.Count(r => r.Overall == RatingColour.Red);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("City summary"));
            Assert.That(text, Does.Contain("Rule set version: 2"));
            Assert.That(text, Does.Contain("Demo data"));
            Assert.That(text, Does.Contain("Sai Gon Ward"), "the league table names every unit, in English");
            Assert.That(text, Does.Match($@"✕ Red\s+{reds}\s"), "red units counted as the ratings API counts them");
        }
    }

    [Test]
    public async Task PackPdf_SummaryThenEveryRedAndYellowUnit()
    {
        var (_, pages) = await GetPdfAsync(Admin, $"/api/v1/pack.pdf?period={_latest.Period}");
        var expected = _latest.Ratings.Where(r => r.Overall is RatingColour.Red or RatingColour.Yellow).Select(r => r.FullName).ToList();
        var headings = pages.Select(p => p.Split('\n').FirstOrDefault(l => l.StartsWith("Bảng điểm ", StringComparison.Ordinal)))
            .Where(h => h is not null).Distinct().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages[0], Does.Contain("Tóm tắt toàn thành phố"));
            Assert.That(headings, Has.Count.EqualTo(expected.Count), "one scorecard per red or yellow unit");
            Assert.That(expected.All(name => headings.Any(h => h!.Contains(name, StringComparison.Ordinal))), Is.True);
            Assert.That(pages.All(p => p.Contains("Kỳ báo cáo: tháng", StringComparison.Ordinal)), Is.True, "every page carries the period");
        }
    }

    [TestCase("/api/v1/summary.pdf?period=2025-13")]
    [TestCase("/api/v1/pack.pdf?period=july")]
    [TestCase("/api/v1/communes/26740/scorecard.pdf?period=2025-7")]
    [TestCase("/api/v1/summary.pdf?lang=fr")]
    public async Task Pdf_BadInput_Is400WithViAndEn(string url)
    {
        using var response = await Admin.GetAsync(url);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.RootElement.GetProperty("detail").GetString(), Is.Not.Empty);
            Assert.That(problem.RootElement.GetProperty("detailVi").GetString(), Is.Not.Empty);
        }
    }

    [Test]
    public async Task Pdf_PeriodNeverRated_Is404()
    {
        using var response = await Admin.GetAsync("/api/v1/summary.pdf?period=2019-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Pdf_Auth_AnonymousIs401_ChairOnlyOwnUnit_TokenWorks()
    {
        await Server.CreateUserAsync("chair-pdf", UserRoles.Chair, "26740");
        using var chair = await Server.LoginAsync("chair-pdf", "user-password-123");
        using var anonymous = Server.CreateClient();
        using var token = await Server.CreateTokenClientAsync(UserRoles.Committee);

        using var anonymousResponse = await anonymous.GetAsync("/api/v1/summary.pdf");
        using var other = await chair.GetAsync("/api/v1/communes/25747/scorecard.pdf");
        using var own = await chair.GetAsync("/api/v1/communes/26740/scorecard.pdf");
        using var byToken = await token.GetAsync("/api/v1/summary.pdf");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(anonymousResponse.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(byToken.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    private static string Word(RatingColour colour) => colour switch
    {
        RatingColour.Green => "Xanh",
        RatingColour.Yellow => "Vàng",
        RatingColour.Red => "Đỏ",
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => "Chưa có dữ liệu",
    };

    /// <summary>The PDF's pages as text, in content order, NFC.</summary>
    private static async Task<(HttpResponseMessage Response, IReadOnlyList<string> Pages)> GetPdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        using var document = PdfDocument.Open(bytes);
        return (response, document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p).Normalize(NormalizationForm.FormC)).ToList());
    }
}
