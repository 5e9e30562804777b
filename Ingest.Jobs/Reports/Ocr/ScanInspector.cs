using System.Buffers.Binary;
using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DashboardKpi.Ingest.Jobs.Reports.Ocr;

public enum ScanKind
{
    Image,
    Tiff,
    Pdf,
}

/// <summary>What OCR will have to read: the kind of file and its pages.</summary>
public sealed record ScanInfo(ScanKind Kind, int Pages);

/// <summary>
/// Checks a scan against the limits before any program touches it, from the file's own headers (PNG IHDR, JPEG SOF,
/// TIFF IFDs, PDF page boxes): too many pages, too many pixels on a page, or not an image at all, each refused with
/// its reason and the limit. Nothing is decoded here, so a 20,000 × 20,000 image costs nothing to refuse.
/// </summary>
public static class ScanInspector
{
    public static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    public static ScanInfo Inspect(byte[] content, string extension, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        switch (extension)
        {
            case ".pdf":
                return InspectPdf(content, options);
            case ".tif" or ".tiff":
                var frames = TiffFrames(content) ?? throw NotAnImage("TIFF");
                CheckPages(frames.Count, options);
                foreach (var (width, height) in frames)
                {
                    CheckPixels(width, height, options);
                }

                return new ScanInfo(ScanKind.Tiff, frames.Count);
            default:
                var size = (extension == ".png" ? PngSize(content) : JpegSize(content)) ?? throw NotAnImage(extension == ".png" ? "PNG" : "JPEG");
                CheckPixels(size.Width, size.Height, options);
                return new ScanInfo(ScanKind.Image, 1);
        }
    }

    private static ScanInfo InspectPdf(byte[] content, OcrOptions options)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            CheckPages(document.NumberOfPages, options);
            for (var i = 1; i <= document.NumberOfPages; i++)
            {
                var page = document.GetPage(i);
                CheckPixels((long)Math.Ceiling(page.Width / 72 * options.Dpi), (long)Math.Ceiling(page.Height / 72 * options.Dpi), options, i);
            }

            return new ScanInfo(ScanKind.Pdf, document.NumberOfPages);
        }
        catch (ReportFileRejectedException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ReportFileRejectedException("report.encrypted", "Tệp PDF được mã hóa (có mật khẩu): hãy gửi bản không khóa.", "The PDF is encrypted (password protected): send an unlocked copy.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new ReportFileRejectedException("report.unreadable", "Không đọc được tệp: tệp hỏng hoặc không đúng định dạng đã nêu.", "The file cannot be read: it is damaged or not in the format its name says.");
        }
    }

    private static void CheckPages(int pages, OcrOptions options)
    {
        if (pages > options.MaxPages)
        {
            throw new ReportFileRejectedException("ocr.tooManyPages",
                string.Create(CultureInfo.InvariantCulture, $"Tệp có {pages} trang, quá giới hạn {options.MaxPages} trang một tệp khi nhận dạng chữ (OCR); chưa trang nào được đọc. Hãy gửi riêng các trang của báo cáo tháng."),
                string.Create(CultureInfo.InvariantCulture, $"The file has {pages} pages, over the limit of {options.MaxPages} pages a file for OCR; no page was read. Send the monthly report's pages on their own."));
        }
    }

    private static void CheckPixels(long width, long height, OcrOptions options, int? page = null)
    {
        var pixels = width * height;
        if (pixels <= options.MaxPixelsPerPage)
        {
            return;
        }

        var vi = page is { } p ? string.Create(CultureInfo.InvariantCulture, $"Trang {p} khi chuyển thành ảnh ở {options.Dpi} dpi") : "Ảnh";
        var en = page is { } q ? string.Create(CultureInfo.InvariantCulture, $"Page {q}, rendered at {options.Dpi} dpi,") : "The image";
        throw new ReportFileRejectedException("ocr.tooManyPixels",
            string.Create(CultureInfo.InvariantCulture, $"{vi} có {width} × {height} = {Vi(pixels)} điểm ảnh, quá giới hạn {Vi(options.MaxPixelsPerPage)} điểm ảnh một trang; chưa đọc gì. Hãy quét ở 300 dpi (một trang A4 khoảng 8,7 triệu điểm ảnh)."),
            string.Create(CultureInfo.InvariantCulture, $"{en} has {width} × {height} = {pixels:N0} pixels, over the limit of {options.MaxPixelsPerPage:N0} pixels a page; nothing was read. Scan at 300 dpi (an A4 page is about 8.7 million pixels)."));
    }

    private static string Vi(long number) => number.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static ReportFileRejectedException NotAnImage(string format) => new("ocr.notAnImage",
        $"Tệp không phải ảnh {format} đọc được (hỏng hoặc sai định dạng so với tên tệp); chưa đọc gì.",
        $"The file is not a readable {format} image (damaged, or not the format its name says); nothing was read.");

    private static (long Width, long Height)? PngSize(byte[] b)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 33 || !b.AsSpan(0, 8).SequenceEqual(signature) || !b.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16));
        var height = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20));
        return width == 0 || height == 0 ? null : (width, height);
    }

    private static (long Width, long Height)? JpegSize(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        for (var at = 2; at + 9 < b.Length;)
        {
            if (b[at] != 0xFF)
            {
                return null;
            }

            var marker = b[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 5));
                var width = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 7));
                return width == 0 || height == 0 ? null : (width, height);
            }

            if (length < 2)
            {
                return null;
            }

            at += 2 + length;
        }

        return null;
    }

    /// <summary>Width and height of every frame (page) of a TIFF, or null when the file is not one.</summary>
    private static List<(long Width, long Height)>? TiffFrames(byte[] b)
    {
        if (b.Length < 8)
        {
            return null;
        }

        bool little;
        if (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0)
        {
            little = true;
        }
        else if (b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42)
        {
            little = false;
        }
        else
        {
            return null;
        }

        uint U32(long at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan((int)at)) : BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan((int)at));
        ushort U16(long at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan((int)at)) : BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan((int)at));
        var frames = new List<(long, long)>();
        var seen = new HashSet<long>();
        for (long ifd = U32(4); ifd != 0; ifd = U32(ifd + 2 + (U16(ifd) * 12L)))
        {
            // A cycle or an offset outside the file is a damaged (or hostile) TIFF; 10,000 frames is no report.
            if (ifd + 2 > b.Length || !seen.Add(ifd) || frames.Count > 10_000 || ifd + 2 + (U16(ifd) * 12L) + 4 > b.Length)
            {
                return null;
            }

            long width = 0, height = 0;
            for (var e = 0; e < U16(ifd); e++)
            {
                var entry = ifd + 2 + (e * 12L);
                var tag = U16(entry);
                var value = U16(entry + 2) == 3 ? U16(entry + 8) : U32(entry + 8);
                (width, height) = tag switch { 256 => (value, height), 257 => (width, value), _ => (width, height) };
            }

            if (width == 0 || height == 0)
            {
                return null;
            }

            frames.Add((width, height));
        }

        return frames.Count == 0 ? null : frames;
    }
}
