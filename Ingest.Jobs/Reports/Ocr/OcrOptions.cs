using Microsoft.Extensions.Configuration;

namespace DashboardKpi.Ingest.Jobs.Reports.Ocr;

/// <summary>
/// Reading scans (configuration section "Ocr"): the programs (Debian tesseract-ocr with tesseract-ocr-vie, and
/// poppler-utils' pdftoppm), and the limits per file. A scanned monthly report is a few A4 pages: 300 dpi makes a page
/// 2480 × 3508 = 8.7 million pixels, and Tesseract reads one in 5–20 s on one core.
/// </summary>
public sealed class OcrOptions
{
    public bool Enabled { get; set; } = true;

    public string TesseractPath { get; set; } = "tesseract";

    public string PdftoppmPath { get; set; } = "pdftoppm";

    public string Language { get; set; } = "vie";

    /// <summary>Pages of a PDF (or frames of a TIFF) read at most; a longer file is refused before any is read.</summary>
    public int MaxPages { get; set; } = 30;

    /// <summary>Pixels of one page image (width × height); 50 million holds an A4 page at 600 dpi or a 48-megapixel photo.</summary>
    public long MaxPixelsPerPage { get; set; } = 50_000_000;

    /// <summary>The time OCR may take for one file, all pages together.</summary>
    public int MaxSecondsPerFile { get; set; } = 600;

    /// <summary>Resolution PDF pages are rendered at for OCR.</summary>
    public int Dpi { get; set; } = 300;

    public static OcrOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new OcrOptions();
        configuration.GetSection("Ocr").Bind(options);
        return options;
    }
}
