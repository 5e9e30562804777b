using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>A narrative report over real HTTP: upload, review, confirm, imported values and a rescore; the API; refusals.</summary>
public sealed partial class ReportReaderWebTests
{
    private const string TanDinh = "26737";
    private const string MissingTesseract = "/nonexistent/tesseract";
    private DashboardServer _server = null!;
    private HttpClient _steward = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // A server without the OCR programs, as one where the packages are not installed: scans get that reason.
        _server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Ocr:TesseractPath"] = MissingTesseract });
        await _server.CreateUserAsync("steward3", UserRoles.Steward);
        _steward = await _server.LoginAsync("steward3", "user-password-123");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _steward.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task UploadReviewConfirm_StoresTheValuesAsReport_AndAsksForARescore()
    {
        var indicators = _server.Services.GetRequiredService<IndicatorRepository>();
        var key = new IndicatorKey(TanDinh, "AV_UPDATED_MACHINES", new Period(2025, 9), "report");

        var review = await UploadAsync(_steward, "tan-dinh-2025-09.txt", Encoding.UTF8.GetBytes(SampleReportKey.Clean));
        var beforeConfirm = await indicators.FindAsync(key, CancellationToken.None);
        var fields = ReviewFields(review.Html);
        using var confirm = await _steward.PostAsync(review.Url, new FormUrlEncodedContent(fields));
        var after = await confirm.Content.ReadAsStringAsync();
        var stored = await indicators.FindAsync(key, CancellationToken.None);
        var rescore = await _server.Services.GetRequiredService<PeriodRescoreRepository>().FindAsync(new Period(2025, 9), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(review.Html, Does.Contain("<mark>49/52</mark>").Or.Contain("<mark>52 máy tính, trong đó 49</mark>"));
            Assert.That(review.Html, Does.Contain("id=\"review-commune\"").And.Contain($"value=\"{TanDinh}\" selected"));
            Assert.That(beforeConfirm, Is.Null, "nothing is stored before confirmation");
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after, Does.Contain("data-status=\"succeeded\"").And.Contain("id=\"report-confirmed\""));
            Assert.That((stored?.Part, stored?.Whole), Is.EqualTo(((decimal?)49, (decimal?)52)));
            Assert.That(rescore?.RequestedAt, Is.Not.Null);
        }
    }

    [Test]
    public async Task Api_UploadGetConfirm_OcrText()
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        using var content = Multipart("tan-dinh-ocr.txt", Encoding.UTF8.GetBytes(SampleReportKey.Ocr));
        content.Add(new StringContent("2025-08"), "period");

        using var upload = await client.PostAsync("/api/v1/imports/report", content);
        var reports = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var id = reports[0].GetProperty("id").GetInt64();
        var again = await client.GetFromJsonAsync<JsonElement>($"/api/v1/imports/report/{id}");
        var proposals = again.GetProperty("proposals").EnumerateArray().ToList();
        var staff = proposals.Single(p => p.GetProperty("indicatorCode").GetString() == "STAFF_TRAINED");
        using var confirm = await client.PostAsJsonAsync($"/api/v1/imports/report/{id}/confirm",
            new { values = new[] { new { indicatorCode = "STAFF_TRAINED", value = staff.GetProperty("value").GetString() } } });
        var summary = await confirm.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((again.GetProperty("communeCode").GetString(), again.GetProperty("period").GetString()), Is.EqualTo((TanDinh, "2025-08")));
            Assert.That(staff.GetProperty("value").GetString(), Is.EqualTo("38/41"));
            Assert.That(staff.GetProperty("evidence").GetString(), Does.Contain("38/41"));
            Assert.That(summary.GetProperty("source").GetString(), Is.EqualTo("report"));
            Assert.That(summary.GetProperty("importedCount").GetInt32(), Is.EqualTo(1));
        }
    }

    [TestCase("bao-cao.docm", "PK\u0003\u0004", "macro")]
    [TestCase("bao-cao.docx", "not a zip at all", "cannot be read")]
    [TestCase("bao-cao.pdf", "%PDF-1.4 broken", "cannot be read")]
    [TestCase("bao-cao.txt", "", "Choose a file")]
    [TestCase("bao-cao.exe", "MZ", "Only .docx")]
    public async Task Api_HostileOrBrokenFile_IsRefusedWithAReason(string name, string content, string reason)
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        using var form = Multipart(name, Encoding.Latin1.GetBytes(content));

        using var response = await client.PostAsync("/api/v1/imports/report", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body, Does.Contain(reason == "Choose a file" ? "multipart" : reason));
    }

    [Test]
    public async Task Page_ScanWithoutOcrInstalled_ShowsTheReasonInVietnamese()
    {
        var page = await _steward.GetStringAsync("/Data/Reports");
        using var content = Multipart("scan.pdf", NarrativeFiles.PdfWithoutText());
        content.Add(new StringContent(DashboardServer.AntiforgeryToken(page)), "__RequestVerificationToken");

        using var response = await _steward.PostAsync("/Data/Reports", content);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("id=\"report-error\"").And.Contain("không có lớp chữ").And.Contain("chưa cài chương trình nhận dạng chữ (OCR)"));
    }

    internal static async Task<(string Url, string Html)> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync("/Data/Reports");
        using var content = Multipart(name, bytes);
        content.Add(new StringContent(DashboardServer.AntiforgeryToken(page)), "__RequestVerificationToken");
        using var response = await client.PostAsync("/Data/Reports", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var url = response.Headers.Location!.ToString();
        return (url, WebUtility.HtmlDecode(await client.GetStringAsync(url)));
    }

    /// <summary>The review form as a browser sends it with every proposal accepted.</summary>
    private static Dictionary<string, string> ReviewFields(string html)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = DashboardServer.AntiforgeryToken(html) };
        foreach (Match m in Field().Matches(html))
        {
            fields[m.Groups["name"].Value] = m.Groups["value"].Value;
        }

        foreach (var code in fields.Keys.Where(k => k.EndsWith(".Code", StringComparison.Ordinal)).ToList())
        {
            fields[code.Replace(".Code", ".Accept", StringComparison.Ordinal)] = "true";
        }

        fields["CommuneCode"] = TanDinh;
        fields["Period"] = "2025-09";
        return fields;
    }

    private static MultipartFormDataContent Multipart(string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [GeneratedRegex("name=\"(?<name>Items\\[\\d+\\]\\.(?:Code|Value))\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Field();
}
