using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// The text of an uploaded narrative report: .txt (UTF-8, as OCR tools write it), .docx (Open XML SDK; .docm refused),
/// .pdf with a text layer (PdfPig). Anything else, or a file that is broken, encrypted, a zip bomb, far too long or a
/// scan without a text layer, is refused with a <see cref="ReportFileRejectedException"/> saying why in vi/en.
/// </summary>
public static class ReportTextExtractor
{
    public static readonly string[] Extensions = [".txt", ".docx", ".pdf"];

    /// <summary>A monthly report is a few pages; a million characters is hundreds of them.</summary>
    public const int MaxChars = 1_000_000;

    private const long MaxUnpackedBytes = 50L * 1024 * 1024;
    private const int MaxPdfPages = 200;

    public static string Extract(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var text = extension switch
        {
            ".txt" => Guard(() => ReadPlain(content)),
            ".docx" => Guard(() => ReadDocx(content)),
            ".pdf" => Guard(() => ReadPdf(content)),
            ".docm" => throw Rejected("report.macro", "Tệp .docm có macro: không nhận. Hãy lưu lại thành .docx.", "A .docm file carries macros and is refused; save it as .docx."),
            _ => throw Rejected("report.type", "Chỉ nhận báo cáo dạng .docx, .pdf, .txt hoặc ảnh quét .png, .jpg, .tif.", "Only .docx, .pdf, .txt reports or scanned images (.png, .jpg, .tif) are accepted."),
        };
        if (text.Length > MaxChars)
        {
            throw Rejected("report.tooLong", "Tệp quá dài so với một báo cáo tháng (hơn 1 triệu ký tự).", "The file is far longer than a monthly report (over a million characters).");
        }

        if (text.Count(char.IsLetter) < 40)
        {
            throw extension == ".pdf"
                ? Rejected("report.noTextLayer", "Tệp PDF không có lớp chữ (bản quét). Việc nhận dạng chữ (OCR) chưa được hỗ trợ: hãy gửi bản .docx hoặc PDF có chữ.",
                    "The PDF has no text layer (a scan). Reading scans (OCR) is not supported yet: send the .docx or a PDF with text.")
                : Rejected("report.empty", "Tệp không có nội dung chữ để đọc.", "The file holds no text to read.");
        }

        return text.Normalize(NormalizationForm.FormC);
    }

    private static string ReadPlain(Stream content)
    {
        using var buffer = new MemoryStream();
        CopyAtMost(content, buffer, MaxChars * 4L);
        var bytes = buffer.ToArray();
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw Rejected("report.encoding", "Tệp .txt không ở dạng UTF-8: hãy lưu lại với mã UTF-8.", "The .txt file is not UTF-8: save it again as UTF-8.");
        }
    }

    private static string ReadDocx(Stream content)
    {
        using var buffer = new MemoryStream();
        CopyAtMost(content, buffer, MaxUnpackedBytes);
        buffer.Position = 0;
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes || zip.Entries.Count > 2000)
            {
                throw Rejected("report.zipBomb", "Tệp .docx giải nén ra quá lớn: không nhận.", "The .docx unpacks to far too much data and is refused.");
            }

            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                throw Rejected("report.macro", "Tệp có macro: không nhận. Hãy lưu lại thành .docx không macro.", "The file carries macros and is refused; save it as a plain .docx.");
            }
        }

        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        if (document.DocumentType != DocumentFormat.OpenXml.WordprocessingDocumentType.Document)
        {
            throw Rejected("report.macro", "Tệp có macro hoặc là mẫu: không nhận. Hãy lưu lại thành .docx.", "The file is macro-enabled or a template and is refused; save it as .docx.");
        }

        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                    case Break:
                        text.Append('\n');
                        break;
                }
            }

            text.Append('\n');
            if (text.Length > MaxChars)
            {
                break;
            }
        }

        return text.ToString();
    }

    private static string ReadPdf(Stream content)
    {
        using var buffer = new MemoryStream();
        CopyAtMost(content, buffer, MaxUnpackedBytes);
        try
        {
            using var document = PdfDocument.Open(buffer.ToArray());
            if (document.NumberOfPages > MaxPdfPages)
            {
                throw Rejected("report.tooLong",
                    string.Create(CultureInfo.InvariantCulture, $"Tệp PDF có {document.NumberOfPages} trang, quá giới hạn {MaxPdfPages} trang của một báo cáo tháng; chưa đọc trang nào."),
                    string.Create(CultureInfo.InvariantCulture, $"The PDF has {document.NumberOfPages} pages, over the limit of {MaxPdfPages} pages for a monthly report; no page was read."));
            }

            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
            }

            return text.ToString();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Rejected("report.encrypted", "Tệp PDF được mã hóa (có mật khẩu): hãy gửi bản không khóa.", "The PDF is encrypted (password protected): send an unlocked copy.");
        }
    }

    private static void CopyAtMost(Stream from, Stream to, long limit)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = from.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw Rejected("report.tooLarge", "Tệp quá lớn so với một báo cáo tháng.", "The file is far larger than a monthly report.");
            }

            to.Write(chunk, 0, read);
        }
    }

    /// <summary>Anything a broken file throws becomes a reason the steward can act on, never a 500.</summary>
    private static string Guard(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (ReportFileRejectedException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            throw Rejected("report.unreadable", "Không đọc được tệp: tệp hỏng hoặc không đúng định dạng đã nêu.", "The file cannot be read: it is damaged or not in the format its name says.");
        }
    }

    private static ReportFileRejectedException Rejected(string code, string vi, string en) => new(code, vi, en);
}
