using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Writer;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>Report files made in the test: a .docx of a text, a PDF with a text layer, a PDF without one, a zip bomb.</summary>
internal static class NarrativeFiles
{
    public static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(text.Split('\n').Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
        }

        return stream.ToArray();
    }

    /// <summary>A PDF with a text layer. The standard fonts have no Vietnamese letters, so the text goes without its marks.</summary>
    public static byte[] PdfWithText(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var lines = Ascii(text).Split('\n');
        foreach (var chunk in lines.Chunk(60))
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 800.0;
            foreach (var line in chunk)
            {
                page.AddText(line.Length == 0 ? " " : line, 8, new UglyToad.PdfPig.Core.PdfPoint(20, y), font);
                y -= 12;
            }
        }

        return builder.Build();
    }

    public static byte[] PdfWithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 300);
        return builder.Build();
    }

    /// <summary>A .docx whose one part unpacks to 200 MB of zeros.</summary>
    public static byte[] ZipBombDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static string Ascii(string text)
    {
        var output = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            output.Append(c switch { 'đ' => 'd', 'Đ' => 'D', < (char)128 => c, _ => '?' });
        }

        return output.ToString();
    }
}
