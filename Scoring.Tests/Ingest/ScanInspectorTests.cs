using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Reports.Ocr;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>Scans refused by their headers before any program reads them: pages, pixels, not an image.</summary>
public class ScanInspectorTests
{
    private static readonly OcrOptions Options = new();

    [Test]
    public void Inspect_20000By20000Png_IsRefusedForItsPixels()
    {
        var png = ScanImages.HugePng(20_000, 20_000);

        var refused = Assert.Throws<ReportFileRejectedException>(() => ScanInspector.Inspect(png, ".png", Options));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(png, Has.Length.LessThan(1_000_000), "small on disk: only its header tells");
            Assert.That(refused!.Code, Is.EqualTo("ocr.tooManyPixels"));
            Assert.That(refused.MessageEn, Does.Contain("20000 × 20000 = 400,000,000 pixels").And.Contain("50,000,000"));
            Assert.That(refused.MessageVi, Does.Contain("400.000.000 điểm ảnh").And.Contain("50.000.000"));
        }
    }

    [Test]
    public void Inspect_500PagePdf_IsRefusedForItsPages()
    {
        var refused = Assert.Throws<ReportFileRejectedException>(() => ScanInspector.Inspect(ScanImages.ManyBlankPages(500), ".pdf", Options));

        Assert.That((refused!.Code, refused.MessageEn), Is.EqualTo(("ocr.tooManyPages",
            "The file has 500 pages, over the limit of 30 pages a file for OCR; no page was read. Send the monthly report's pages on their own.")));
    }

    [TestCase(".png")]
    [TestCase(".jpg")]
    [TestCase(".tif")]
    public void Inspect_NoiseNamedAsAnImage_IsRefusedAsNotAnImage(string extension)
    {
        var noise = Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 + 7)).ToArray();

        var refused = Assert.Throws<ReportFileRejectedException>(() => ScanInspector.Inspect(noise, extension, Options));

        Assert.That(refused!.Code, Is.EqualTo("ocr.notAnImage"));
    }

    [Test]
    public void Inspect_RenderedPages_AreWithinTheLimits()
    {
        var png = ScanImages.Pages("PHƯỜNG TÂN ĐỊNH\nBáo cáo tháng 9 năm 2025")[0];
        var jpeg = ScanImages.Pages("PHƯỜNG TÂN ĐỊNH", SkiaSharp.SKEncodedImageFormat.Jpeg)[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ScanInspector.Inspect(png, ".png", Options), Is.EqualTo(new ScanInfo(ScanKind.Image, 1)));
            Assert.That(ScanInspector.Inspect(jpeg, ".jpg", Options), Is.EqualTo(new ScanInfo(ScanKind.Image, 1)));
            Assert.That(ScanInspector.Inspect(ScanImages.ImageOnlyPdf([jpeg, jpeg]), ".pdf", Options), Is.EqualTo(new ScanInfo(ScanKind.Pdf, 2)));
        }
    }
}
