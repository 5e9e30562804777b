using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Reports.Ocr;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The OCR programs themselves (Tesseract with Vietnamese, poppler): a page turned sideways, the time limit, a damaged image.</summary>
public class OcrEngineTests
{
    private const string Lines = "7. Bảo đảm an toàn thông tin, an ninh mạng\nHệ thống có 52 máy tính, trong đó 49 máy đã được cài đặt và cập nhật phần mềm phòng, chống mã độc.";

    [OneTimeSetUp]
    public async Task RequireOcrAsync()
    {
        var availability = await new OcrTools(new OcrOptions(), TimeProvider.System).CheckAsync(CancellationToken.None);
        if (!availability.Available)
        {
            Assert.Ignore("OCR tests need tesseract-ocr, tesseract-ocr-vie and poppler-utils (.ci/run installs them): " + availability.ReasonEn);
        }
    }

    [TestCase(0)]
    [TestCase(90)]
    [TestCase(180)]
    public async Task ReadAsync_PageTurned_IsReadTheRightWay(int degrees)
    {
        var png = ScanImages.Pages(Lines, degrees: degrees)[0];
        var pages = new List<int>();

        var text = await new OcrEngine(new OcrOptions(), TimeProvider.System).ReadAsync(png, new ScanInfo(ScanKind.Image, 1), done => { pages.Add(done); return Task.CompletedTask; }, CancellationToken.None);

        Assert.That(text, Does.Contain("49 máy").And.Contain("52 máy"));
        Assert.That(pages, Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task ReadAsync_OverTheTimeLimit_IsRefusedNamingTheLimitAndThePage()
    {
        var jpeg = ScanImages.Pages(Lines, SkiaSharp.SKEncodedImageFormat.Jpeg)[0];
        var pdf = ScanImages.ImageOnlyPdf([jpeg, jpeg]);
        var engine = new OcrEngine(new OcrOptions { MaxSecondsPerFile = 0 }, TimeProvider.System);

        var refused = await Assert.ThrowsAsync<ReportFileRejectedException>(() => engine.ReadAsync(pdf, new ScanInfo(ScanKind.Pdf, 2), _ => Task.CompletedTask, CancellationToken.None));

        Assert.That((refused!.Code, refused.MessageEn), Is.EqualTo(("ocr.timeLimit",
            "The OCR time limit for one file (0 s) was reached while reading page 1 of 2; no partial result is kept. Send fewer pages a file, or a copy with text.")));
    }

    [Test]
    public async Task ReadAsync_DamagedImage_IsRefusedAsUnreadable()
    {
        var engine = new OcrEngine(new OcrOptions(), TimeProvider.System);

        var refused = await Assert.ThrowsAsync<ReportFileRejectedException>(() => engine.ReadAsync(ScanImages.DamagedPng(), new ScanInfo(ScanKind.Image, 1), _ => Task.CompletedTask, CancellationToken.None));

        Assert.That(refused!.Code, Is.EqualTo("ocr.unreadableImage"));
    }
}
