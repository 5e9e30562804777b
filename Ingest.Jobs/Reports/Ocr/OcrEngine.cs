using System.Globalization;
using System.Text;

namespace DashboardKpi.Ingest.Jobs.Reports.Ocr;

/// <summary>
/// Reads the text of a scan with the programs: a PDF page by page (pdftoppm at the configured dpi, in grey, then
/// tesseract), an image or a TIFF in one tesseract call. Tesseract runs with page segmentation mode 1 (automatic,
/// with orientation and script detection), so a page scanned sideways or upside down is read turned the right way
/// where it can tell. All pages together have <see cref="OcrOptions.MaxSecondsPerFile"/>; a page that takes the rest
/// of the time is stopped and the file refused with the page it was on.
/// </summary>
public sealed class OcrEngine(OcrOptions options, TimeProvider clock)
{
    /// <param name="pageDone">Called after each page with the number of pages read so far.</param>
    public async Task<string> ReadAsync(byte[] content, ScanInfo scan, Func<int, Task> pageDone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(pageDone);
        var deadline = clock.GetUtcNow().AddSeconds(options.MaxSecondsPerFile);
        var folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-ocr", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, scan.Kind switch { ScanKind.Pdf => "scan.pdf", ScanKind.Tiff => "scan.tif", _ => "scan.img" });
            await File.WriteAllBytesAsync(input, content, ct).ConfigureAwait(false);
            if (scan.Kind != ScanKind.Pdf)
            {
                var text = await RecogniseAsync(input, 1, scan.Pages, deadline, ct).ConfigureAwait(false);
                await pageDone(scan.Pages).ConfigureAwait(false);
                return text;
            }

            var all = new StringBuilder();
            for (var page = 1; page <= scan.Pages; page++)
            {
                var image = Path.Combine(folder, "page");
                var number = page.ToString(CultureInfo.InvariantCulture);
                var render = await RunAsync(options.PdftoppmPath,
                    ["-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", input, image],
                    page, scan.Pages, deadline, ct).ConfigureAwait(false);
                if (render.ExitCode != 0 || !File.Exists(image + ".png"))
                {
                    throw new ReportFileRejectedException("ocr.unreadablePdf",
                        $"Không chuyển được trang {page} của tệp PDF thành ảnh: tệp hỏng.", $"Page {page} of the PDF could not be rendered as an image: the file is damaged.");
                }

                all.Append(await RecogniseAsync(image + ".png", page, scan.Pages, deadline, ct).ConfigureAwait(false)).Append('\n');
                File.Delete(image + ".png");
                await pageDone(page).ConfigureAwait(false);
            }

            return all.ToString();
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is cleaned by the OS.
            }
        }
    }

    private async Task<string> RecogniseAsync(string image, int page, int pages, DateTimeOffset deadline, CancellationToken ct)
    {
        var result = await RunAsync(options.TesseractPath, [image, "stdout", "-l", options.Language, "--psm", "1"], page, pages, deadline, ct).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new ReportFileRejectedException("ocr.unreadableImage",
                pages > 1 ? $"Không đọc được ảnh trang {page}: ảnh hỏng hoặc không đúng định dạng." : "Không đọc được ảnh: ảnh hỏng hoặc không đúng định dạng.",
                pages > 1 ? $"The image of page {page} cannot be read: it is damaged or not in its format." : "The image cannot be read: it is damaged or not in its format.");
        }

        return result.Output;
    }

    private async Task<ProgramRunner.Result> RunAsync(string program, IEnumerable<string> arguments, int page, int pages, DateTimeOffset deadline, CancellationToken ct)
    {
        try
        {
            return await ProgramRunner.RunAsync(program, arguments, deadline - clock.GetUtcNow(), ct).ConfigureAwait(false);
        }
        catch (ProgramRunner.TimedOutException)
        {
            throw new ReportFileRejectedException("ocr.timeLimit",
                string.Create(CultureInfo.InvariantCulture, $"Hết thời gian nhận dạng chữ cho một tệp ({options.MaxSecondsPerFile} giây) khi đang đọc trang {page}/{pages}; không giữ kết quả dở dang. Hãy gửi ít trang hơn mỗi tệp, hoặc bản có chữ."),
                string.Create(CultureInfo.InvariantCulture, $"The OCR time limit for one file ({options.MaxSecondsPerFile} s) was reached while reading page {page} of {pages}; no partial result is kept. Send fewer pages a file, or a copy with text."));
        }
        catch (ProgramRunner.NotFoundException)
        {
            throw new ReportFileRejectedException("ocr.missing",
                "Chương trình nhận dạng chữ (OCR) không còn trên máy chủ: quản trị viên cài lại các gói tesseract-ocr, tesseract-ocr-vie, poppler-utils.",
                "The OCR programs are no longer on the server: an administrator installs the packages tesseract-ocr, tesseract-ocr-vie, poppler-utils again.");
        }
    }
}
