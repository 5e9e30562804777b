using System.IO.Compression;
using System.Text;
using SkiaSharp;
using UglyToad.PdfPig.Writer;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Scans made in the test: report text drawn as A4 pages at 300 dpi (DejaVu Sans, with every Vietnamese mark),
/// as PNG or JPEG, optionally turned; an image-only PDF of such pages; and hostile files (a 20,000 × 20,000 PNG,
/// a 500-page PDF, a damaged image, a blank page).
/// </summary>
internal static class ScanImages
{
    public const int PageWidth = 2480;
    public const int PageHeight = 3508;
    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const float FontSize = 38;
    private const float LineHeight = 54;
    private const float Margin = 150;

    /// <summary>The text as page images (each page's lines wrapped to the width), encoded as asked.</summary>
    public static IReadOnlyList<byte[]> Pages(string text, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int degrees = 0)
    {
        if (!File.Exists(FontPath))
        {
            Assert.Ignore($"Scans are drawn with {FontPath} (apt-get install fonts-dejavu-core; .ci/run does it).");
        }

        using var typeface = SKTypeface.FromFile(FontPath);
        using var font = new SKFont(typeface, FontSize);
        var lines = Wrap(text, font, PageWidth - (2 * Margin));
        var perPage = (int)((PageHeight - (2 * Margin)) / LineHeight);
        return lines.Chunk(perPage).Select(chunk => Draw(chunk, font, format, degrees)).ToList();
    }

    /// <summary>A PDF whose pages are only images (JPEG), no text layer: what a scanner writes.</summary>
    public static byte[] ImageOnlyPdf(IEnumerable<byte[]> jpegPages)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var jpeg in jpegPages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddJpeg(jpeg, new UglyToad.PdfPig.Core.PdfRectangle(0, 0, 595, 842));
        }

        return builder.Build();
    }

    public static byte[] ManyBlankPages(int pages)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        }

        return builder.Build();
    }

    public static byte[] Blank(int width = 1240, int height = 1754)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A valid 1-bit grey PNG of the given size, all white: small on disk (about 50 KB for 20,000²), 400 million pixels decoded.</summary>
    public static byte[] HugePng(int width, int height)
    {
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            Array.Fill(row, (byte)0xFF);
            row[0] = 0;
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // greyscale
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A PNG's signature and a valid header, then noise: an image cut off or damaged in transit.</summary>
    public static byte[] DamagedPng()
    {
        var good = Blank(400, 300);
        var damaged = good.Take(40).Concat(Enumerable.Range(0, 2000).Select(i => (byte)(i * 37))).ToArray();
        return damaged;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var header = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        png.Write(header);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header, Crc32(typed));
        png.Write(header);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Draw(IReadOnlyList<string> lines, SKFont font, SKEncodedImageFormat format, int degrees)
    {
        var turned = degrees is 90 or 270;
        using var bitmap = new SKBitmap(turned ? PageHeight : PageWidth, turned ? PageWidth : PageHeight);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            canvas.Translate(bitmap.Width / 2f, bitmap.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.Translate(-PageWidth / 2f, -PageHeight / 2f);
            var y = Margin + FontSize;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, font, paint);
                y += LineHeight;
            }
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            // The sample's head sets two columns apart with runs of spaces; a scan keeps a wide gap.
            var line = new StringBuilder();
            foreach (var word in System.Text.RegularExpressions.Regex.Split(paragraph.Normalize(NormalizationForm.FormC), "(?<= )"))
            {
                if (line.Length > 0 && font.MeasureText(line + word) > width)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                }

                line.Append(word);
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }
}
