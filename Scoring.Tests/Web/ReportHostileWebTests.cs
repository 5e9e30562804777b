using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Issue 19's hostile reports end to end over HTTP: each answered with its reason in both languages, never a 500, no value stored.</summary>
public sealed partial class ReportReaderWebTests
{
    private const string SaiGon = "26740";

    [Test]
    public async Task Api_EncryptedPdf_Is400WithTheReason_AndNothingStored()
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        var before = await ReportCountAsync();
        using var form = Multipart("bao-cao-khoa.pdf", EncryptedPdf.Build("UBND PHUONG TAN DINH bao cao thang 9 nam 2025"));

        using var response = await client.PostAsync("/api/v1/imports/report", form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("encrypted"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("mã hóa"));
            Assert.That(await ReportCountAsync(), Is.EqualTo(before));
        }
    }

    [TestCase(true, TestName = "Api_50MbTextWithContentLength_Is413WithTheLimit_AndNothingStored")]
    [TestCase(false, TestName = "Api_50MbTextChunked_Is413WithTheLimit_AndNothingStored")]
    public async Task Api_50MbText_Is413WithTheLimit_AndNothingStored(bool announceLength)
    {
        // Kestrel's own 30 MB limit would reset the connection mid-upload; the upload guard reads and answers instead.
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        var before = await ReportCountAsync();

        using var response = await client.PostAsync("/api/v1/imports/report",
            new GeneratedUpload(50L * 1024 * 1024, "UBND PHƯỜNG TÂN ĐỊNH báo cáo tháng 9 năm 2025", announceLength: announceLength, fileName: "bao-cao.txt"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("20 MB").And.Contain("nothing was stored"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("20 MB").And.Contain("không có gì được lưu"));
            Assert.That(await ReportCountAsync(), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task Api_ReportNamingTwoUnits_SaysSo_AndConfirmWithoutAUnitIsRefused()
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        var text = SampleReportKey.Clean.Replace("PHƯỜNG TÂN ĐỊNH", "PHƯỜNG TÂN ĐỊNH\nPHƯỜNG SÀI GÒN", StringComparison.Ordinal)
            .Replace("9 năm 2025", "9 năm 2025 (hai đơn vị)", StringComparison.Ordinal);
        using var form = Multipart("hai-don-vi.txt", Encoding.UTF8.GetBytes(text));

        using var upload = await client.PostAsync("/api/v1/imports/report", form);
        var report = (await upload.Content.ReadFromJsonAsync<JsonElement>())[0];
        var id = report.GetProperty("id").GetInt64();
        using var confirm = await client.PostAsJsonAsync($"/api/v1/imports/report/{id}/confirm",
            new { values = new[] { new { indicatorCode = "AV_UPDATED_MACHINES", value = "49/52" } } });
        var refusal = await confirm.Content.ReadFromJsonAsync<JsonElement>();
        var indicators = _server.Services.GetRequiredService<IndicatorRepository>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.GetProperty("communeCode").ValueKind, Is.EqualTo(JsonValueKind.Null), "never a silent guess");
            Assert.That(report.GetProperty("headerCommunes").EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(new[] { TanDinh, SaiGon }));
            Assert.That(report.GetProperty("messageEn").GetString(), Does.Contain("names 2 units").And.Contain(TanDinh).And.Contain(SaiGon));
            Assert.That(report.GetProperty("messageVi").GetString(), Does.Contain("nêu 2 đơn vị"));
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusal.GetProperty("detail").GetString(), Does.Contain("Choose the unit"));
            Assert.That(refusal.GetProperty("detailVi").GetString(), Does.Contain("chọn đơn vị"));
            Assert.That(await indicators.FindAsync(new IndicatorKey(TanDinh, "AV_UPDATED_MACHINES", new Period(2025, 9), "report"), CancellationToken.None), Is.Null);
            Assert.That(await indicators.FindAsync(new IndicatorKey(SaiGon, "AV_UPDATED_MACHINES", new Period(2025, 9), "report"), CancellationToken.None), Is.Null);
        }
    }

    [TestCase("scan.png")]
    [TestCase("scan.pdf")]
    public async Task Api_ScanWithoutOcrInstalled_Is400SayingSo_AndNothingStored(string name)
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        var before = await ReportCountAsync();
        using var form = Multipart(name, name.EndsWith(".pdf", StringComparison.Ordinal) ? NarrativeFiles.PdfWithoutText() : ScanImages.Blank(200, 100));

        using var response = await client.PostAsync("/api/v1/imports/report", form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("needs OCR").And.Contain("not installed").And.Contain("tesseract-ocr-vie"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("chưa cài").And.Contain("tesseract-ocr-vie"));
            Assert.That(await ReportCountAsync(), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task HealthAndAdminPage_WithoutOcr_SayOcrIsUnavailable()
    {
        using var anonymous = _server.CreateClient();
        using var admin = await _server.LoginAsync();

        var live = await anonymous.GetStringAsync("/health");
        var ready = await anonymous.GetFromJsonAsync<JsonElement>("/health/ready");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Users"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(live, Is.EqualTo("Healthy"), "liveness does not depend on OCR");
            Assert.That(ready.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
            Assert.That(ready.GetProperty("checks").GetProperty("ocr").GetProperty("description").GetString(), Does.Contain("OCR unavailable").And.Contain("not installed"));
            Assert.That(page, Does.Contain("id=\"ocr-availability\" data-available=\"false\"").And.Contain("chưa cài"));
        }
    }

    private async Task<int> ReportCountAsync() =>
        (await _server.Services.GetRequiredService<NarrativeReportRepository>().ListRecentAsync(10_000, CancellationToken.None)).Count;
}
