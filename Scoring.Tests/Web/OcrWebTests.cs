using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Reports.Ocr;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Scanned reports over real HTTP with the real programs: the sample drawn as an image-only PDF and as a photo-like
/// PNG, read by the OCR job, proposed like any report; hostile scans refused with their reasons; health and admin
/// pages saying OCR is there. OCR is slow on a small machine: one or two pages per test.
/// </summary>
public sealed class OcrWebTests
{
    private const string TanDinh = "26737";
    private DashboardServer _server = null!;
    private HttpClient _api = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var availability = await new OcrTools(new OcrOptions(), TimeProvider.System).CheckAsync(CancellationToken.None);
        if (!availability.Available)
        {
            Assert.Ignore("OCR tests need tesseract-ocr, tesseract-ocr-vie and poppler-utils (.ci/run installs them): " + availability.ReasonEn);
        }

        _server = await DashboardServer.StartAsync();
        _api = await _server.CreateTokenClientAsync(UserRoles.Steward);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _api?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Test]
    public async Task ImageOnlyPdf_OfTheCleanSample_IsReadByOcr_AndTheAnswerKeyProposed()
    {
        var pages = ScanImages.Pages(SampleReportKey.Clean, SKEncodedImageFormat.Jpeg);
        var pdf = ScanImages.ImageOnlyPdf(pages);

        var queued = await UploadAsync("tan-dinh-scan.pdf", pdf);
        var report = await WaitForOcrAsync(queued.GetProperty("id").GetInt64());
        var proposed = Proposals(report);
        var right = SampleReportKey.Rows.Count(r => proposed.GetValueOrDefault(r.Code) == r.Value);
        var wrong = SampleReportKey.Rows.Where(r => proposed.TryGetValue(r.Code, out var v) && v is not null && v != r.Value).Select(r => $"{r.Code}={proposed[r.Code]}").ToList();
        TestContext.Out.WriteLine($"OCR of the clean sample as a {pages.Count}-page image-only PDF: {right}/{SampleReportKey.Rows.Length} answer-key values, wrong: {string.Join(", ", wrong)}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((queued.GetProperty("status").GetString(), queued.GetProperty("ocr").GetProperty("pagesTotal").GetInt32()), Is.EqualTo(("reading", pages.Count)));
            Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("proposed"));
            Assert.That(report.GetProperty("ocr").GetProperty("pagesDone").GetInt32(), Is.EqualTo(pages.Count));
            Assert.That(report.GetProperty("ocr").GetProperty("text").GetString(), Does.Contain("Hệ thống").Or.Contain("hệ thống"));
            Assert.That((report.GetProperty("communeCode").GetString(), report.GetProperty("period").GetString()), Is.EqualTo((TanDinh, "2025-09")));
            Assert.That(proposed.GetValueOrDefault("AV_UPDATED_MACHINES"), Is.EqualTo("49/52"));
            Assert.That(proposed.GetValueOrDefault("ONLINE_DOSSIERS"), Is.EqualTo("1482"));
            Assert.That(right, Is.GreaterThanOrEqualTo(SampleReportKey.Rows.Length - 2), "almost every value of the key");
            Assert.That(wrong, Has.Count.LessThanOrEqualTo(1));
        }
    }

    [Test]
    public async Task Png_OfTheDamagedSample_ProposesAntivirusAndDossiers_AndTheReviewShowsTheOcr()
    {
        // The first page as a photo would hold it: the head and the eight common tasks.
        var page = string.Join('\n', SampleReportKey.Ocr.Split('\n').Take(40));
        var png = ScanImages.Pages(page)[0];
        var indicators = _server.Services.GetRequiredService<IndicatorRepository>();

        var queued = await UploadAsync("tan-dinh-ocr-photo.png", png, period: "2025-08");
        var id = queued.GetProperty("id").GetInt64();
        using var admin = await _server.LoginAsync();
        var whileReading = await admin.GetStringAsync($"/Data/ReportReview/{id}");
        var report = await WaitForOcrAsync(id);
        var proposed = Proposals(report);
        var review = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Data/ReportReview/{id}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.GetProperty("ocr").GetProperty("status").GetString(), Is.EqualTo("done"));
            Assert.That(report.GetProperty("period").GetString(), Is.EqualTo("2025-08"), "the period given wins over the head's");
            Assert.That(proposed.GetValueOrDefault("AV_UPDATED_MACHINES"), Is.EqualTo("49/52"));
            Assert.That(proposed.GetValueOrDefault("ONLINE_DOSSIERS"), Is.EqualTo("1482"));
            Assert.That(proposed.GetValueOrDefault("DOSSIERS_RESOLVED"), Is.EqualTo("1305"));
            Assert.That(whileReading, Does.Contain("id=\"ocr-status\"").And.Contain("http-equiv=\"refresh\"").Or.Contain("data-status=\"done\""));
            Assert.That(review, Does.Contain("id=\"ocr-done\"").And.Contain("id=\"ocr-text\"").And.Contain("id=\"proposals\""));
            Assert.That(await indicators.FindAsync(new IndicatorKey(TanDinh, "AV_UPDATED_MACHINES", new Period(2025, 8), "report"), CancellationToken.None), Is.Null,
                "nothing stored before confirmation");
        }
    }

    [TestCase("blank.png", "ocr.noText", "No text was recognised")]
    [TestCase("damaged.png", "ocr.unreadableImage", "cannot be read")]
    public async Task ScanThatOcrCannotRead_FailsWithTheReason_AndCannotBeConfirmed(string name, string code, string reason)
    {
        var image = name == "blank.png" ? ScanImages.Blank() : ScanImages.DamagedPng();

        var queued = await UploadAsync(name, image, period: "2025-09", communeCode: TanDinh);
        var id = queued.GetProperty("id").GetInt64();
        var report = await WaitForOcrAsync(id);
        using var confirm = await _api.PostAsJsonAsync($"/api/v1/imports/report/{id}/confirm",
            new { values = new[] { new { indicatorCode = "AV_UPDATED_MACHINES", value = "49/52" } } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(report.GetProperty("ocr").GetProperty("reasonCode").GetString(), Is.EqualTo(code));
            Assert.That(report.GetProperty("messageEn").GetString(), Does.Contain(reason));
            Assert.That(report.GetProperty("messageVi").GetString(), Is.Not.Empty);
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        }
    }

    [TestCase("huge.png", "400,000,000 pixels")]
    [TestCase("long-scan.pdf", "500 pages")]
    [TestCase("noise.jpg", "not a readable JPEG")]
    public async Task HostileScan_IsRefusedAtUploadWithTheReason_AndNothingStored(string name, string reason)
    {
        var content = name switch
        {
            "huge.png" => ScanImages.HugePng(20_000, 20_000),
            "long-scan.pdf" => ScanImages.ManyBlankPages(500),
            _ => Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 + 7)).ToArray(),
        };
        var reports = _server.Services.GetRequiredService<NarrativeReportRepository>();
        var before = (await reports.ListRecentAsync(10_000, CancellationToken.None)).Count;

        using var response = await _api.PostAsync("/api/v1/imports/report", Multipart(name, content));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(reason));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("chưa"));
            Assert.That((await reports.ListRecentAsync(10_000, CancellationToken.None)).Count, Is.EqualTo(before));
        }
    }

    [Test]
    public async Task ScanQueuedWhenTheNodeStopped_IsReadAfterTheRestart()
    {
        // A web-only node takes the upload; its queue lives in memory and is gone when it stops. The next start of a
        // node with a job server finds the scan still queued in the database and reads it.
        var webOnly = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        long id;
        using (var api = await webOnly.CreateTokenClientAsync(UserRoles.Steward))
        using (var form = Multipart("restart.png", ScanImages.Pages(string.Join('\n', SampleReportKey.Clean.Split('\n').Take(13)))[0]))
        {
            using var response = await api.PostAsync("/api/v1/imports/report", form);
            id = (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt64();
        }

        var before = await webOnly.Services.GetRequiredService<ReportScanRepository>().FindAsync(id, CancellationToken.None);
        await webOnly.StopKeepingFilesAsync();
        await using var restarted = await DashboardServer.StartOnAsync(webOnly.Folder, null, null);
        var until = DateTime.UtcNow.AddMinutes(2);
        ReportScan? after;
        do
        {
            await Task.Delay(300);
            after = await restarted.Services.GetRequiredService<ReportScanRepository>().FindAsync(id, CancellationToken.None);
        }
        while (after is { Finished: false } && DateTime.UtcNow < until);

        Assert.That((before?.Status, after?.Status, after?.PagesDone), Is.EqualTo(((string?)ReportScan.Queued, (string?)ReportScan.Done, (int?)1)));
    }

    [Test]
    public async Task HealthAndAdminPage_SayOcrIsAvailable()
    {
        using var anonymous = _server.CreateClient();
        using var admin = await _server.LoginAsync();

        var ready = await anonymous.GetFromJsonAsync<JsonElement>("/health/ready");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Rescoring"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ready.GetProperty("checks").GetProperty("ocr").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(ready.GetProperty("checks").GetProperty("ocr").GetProperty("description").GetString(), Does.Contain("tesseract").And.Contain("vie"));
            Assert.That(page, Does.Contain("id=\"ocr-availability\" data-available=\"true\"").And.Contain("tesseract"));
        }
    }

    private async Task<JsonElement> UploadAsync(string name, byte[] content, string? period = null, string? communeCode = null)
    {
        using var form = Multipart(name, content);
        if (period is not null)
        {
            form.Add(new StringContent(period), "period");
        }

        if (communeCode is not null)
        {
            form.Add(new StringContent(communeCode), "communeCode");
        }

        using var response = await _api.PostAsync("/api/v1/imports/report", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
    }

    /// <summary>Polls GET /api/v1/imports/report/{id} as a client would until the OCR has finished (at most five minutes).</summary>
    private async Task<JsonElement> WaitForOcrAsync(long id)
    {
        var until = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var report = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/report/{id}");
            var status = report.GetProperty("ocr").GetProperty("status").GetString();
            if (status is "done" or "failed")
            {
                return report;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(until), $"OCR of report {id} still {status}");
            await Task.Delay(500);
        }
    }

    private static Dictionary<string, string?> Proposals(JsonElement report) =>
        report.GetProperty("proposals").EnumerateArray()
            .GroupBy(p => p.GetProperty("indicatorCode").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString());

    private static MultipartFormDataContent Multipart(string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
