using System.Text;
using DashboardKpi.Dashboard.Web.Charts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pdf;

/// <summary>
/// Lays out A4 pages of text and tables with PDFsharp: a heading band and a foot line (period, rule set version, data
/// snapshot, printed time, demo label) on every page, text wrapped word by word, tables that continue on the next page
/// with their header repeated, and rating cells drawn as colour plus pattern plus symbol and word, so a page printed in
/// black and white reads the same. Text is normalised to NFC, which DejaVu Sans has a glyph for in Vietnamese.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Margin = 36;
    private const double FootHeight = 22;
    private static readonly XColor Ink = XColor.FromArgb(0x1f, 0x29, 0x33);
    private static readonly XColor Muted = XColor.FromArgb(0x52, 0x60, 0x6d);
    private static readonly XColor Rule = XColor.FromArgb(0x9a, 0xa5, 0xb1);

    private readonly PdfDocument _document = new();
    // The whole font file is embedded: PDFsharp 6.2.4's subset resolves a composite glyph's parts one level deep only
    // (empira/PDFsharp#348), and DejaVu's stacked Vietnamese letters (ấ, ế, ố, ệ, ắ…) are composites of composites, so a
    // subset drew them blank while the text layer still read right. Unicode encoding alone: one font object per face.
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile);

    private readonly XFont _body = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Regular, Embedded);
    private readonly XFont _bold = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold, Embedded);
    private readonly XFont _small = new(DejaVuFontResolver.Family, 7.5, XFontStyleEx.Regular, Embedded);
    private readonly XFont _heading = new(DejaVuFontResolver.Family, 14, XFontStyleEx.Bold, Embedded);
    private readonly XFont _subheading = new(DejaVuFontResolver.Family, 11, XFontStyleEx.Bold, Embedded);
    private readonly List<(PdfPage Page, string Foot, string? Demo)> _pages = [];
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;
    private string _foot = "";
    private string? _demo;

    public PdfComposer(string title)
    {
        _document.Info.Title = Normal(title);
        _document.Info.Creator = "DashboardKpi";
    }

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin - FootHeight;

    /// <summary>Starts a page with a heading; <paramref name="foot"/> is the stamp line, <paramref name="demo"/> the demo label (null when none).</summary>
    public void NewPage(string heading, string foot, string? demo)
    {
        _foot = Normal(foot);
        _demo = demo is null ? null : Normal(demo);
        StartPage();
        Text(heading, _heading, Ink);
        _y += 2;
    }

    public void Heading(string text)
    {
        EnsureRoom(40);
        _y += 6;
        Text(text, _subheading, Ink);
        _y += 2;
    }

    public void Paragraph(string text, bool muted = false) => Text(text, _body, muted ? Muted : Ink);

    public void Space(double points) => _y += points;

    /// <summary>A table; column widths are fractions of the text width. A cell is a string, or a <see cref="PdfRating"/> drawn as a badge.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<double> fractions, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(fractions);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = fractions.Select(f => f * Width).ToArray();
        DrawRow(header.Cast<object?>().ToList(), widths, isHeader: true);
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths);
            if (_y + height > Bottom)
            {
                StartPage();
                DrawRow(header.Cast<object?>().ToList(), widths, isHeader: true);
            }

            DrawRow(row, widths, isHeader: false);
        }

        _y += 6;
    }

    /// <summary>Draws the foot of every page (with "page n of m") and writes the document.</summary>
    public void Save(Stream output)
    {
        EndPage();
        for (var i = 0; i < _pages.Count; i++)
        {
            var (page, foot, _) = _pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin - FootHeight + 6;
            gfx.DrawLine(new XPen(Rule, 0.5), Margin, y, page.Width.Point - Margin, y);
            var number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}/{_pages.Count}");
            // A long stamp (an English one with its demo label) wraps between its parts rather than running under the page number.
            var lineY = y + 3;
            foreach (var line in WrapParts(foot, _small, page.Width.Point - (2 * Margin) - 36, gfx))
            {
                gfx.DrawString(line, _small, new XSolidBrush(Muted), new XRect(Margin, lineY, page.Width.Point - (2 * Margin) - 36, 10), XStringFormats.TopLeft);
                lineY += _small.Size * 1.2;
            }

            gfx.DrawString(number, _small, new XSolidBrush(Muted), new XRect(Margin, y + 3, page.Width.Point - (2 * Margin), 12), XStringFormats.TopRight);
        }

        _document.Save(output, closeStream: false);
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private void StartPage()
    {
        EndPage();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _pages.Add((_page, _foot, _demo));
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
        if (_demo is not null)
        {
            // The demo label stands out on every page, boxed and hatched, readable without colour.
            // Wrapped inside its box: the whole sentence, not one line cut at the page edge.
            var lines = Wrap(_demo, _bold, Width - 12);
            var lineHeight = _bold.Size * 1.3;
            var box = new XRect(Margin, _y, Width, (lines.Count * lineHeight) + 5);
            _gfx.DrawRectangle(new XPen(XColor.FromArgb(0x7c, 0x4a, 0x03), 1), new XSolidBrush(XColor.FromArgb(0xff, 0xf3, 0xc4)), box);
            for (var i = 0; i < lines.Count; i++)
            {
                _gfx.DrawString(lines[i], _bold, new XSolidBrush(Ink), new XRect(box.X + 6, box.Y + 3 + (i * lineHeight), box.Width - 12, lineHeight), XStringFormats.TopLeft);
            }

            _y += box.Height + 6;
        }
    }

    private void EndPage()
    {
        _gfx?.Dispose();
        _gfx = null;
    }

    private void EnsureRoom(double height)
    {
        if (_page is null || _y + height > Bottom)
        {
            StartPage();
        }
    }

    private void Text(string text, XFont font, XColor colour)
    {
        var lineHeight = font.Size * 1.3;
        foreach (var line in Wrap(Normal(text), font, Width))
        {
            EnsureRoom(lineHeight);
            _gfx!.DrawString(line, font, new XSolidBrush(colour), new XRect(Margin, _y, Width, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
    }

    private double RowHeight(IReadOnlyList<object?> row, double[] widths)
    {
        var lines = 1;
        for (var c = 0; c < widths.Length && c < row.Count; c++)
        {
            if (row[c] is string s)
            {
                lines = Math.Max(lines, Wrap(Normal(s), _body, widths[c] - 6).Count);
            }
        }

        return (lines * _body.Size * 1.25) + 5;
    }

    private void DrawRow(IReadOnlyList<object?> row, double[] widths, bool isHeader)
    {
        var font = isHeader ? _bold : _body;
        var height = isHeader ? HeaderHeight(row, widths) : RowHeight(row, widths);
        if (_y + height > Bottom)
        {
            StartPage();
        }

        var x = Margin;
        var gfx = _gfx!;
        if (isHeader)
        {
            gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xe4, 0xe7, 0xeb)), new XRect(Margin, _y, widths.Sum(), height));
        }

        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < row.Count ? row[c] : null;
            var box = new XRect(x, _y, widths[c], height);
            if (cell is PdfRating rating)
            {
                DrawBadge(gfx, rating, new XRect(box.X + 2, box.Y + 2, box.Width - 4, Math.Min(box.Height - 4, 13)));
            }
            else if (cell is not null)
            {
                var lineY = _y + 2.5;
                foreach (var line in Wrap(Normal(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? ""), font, widths[c] - 6))
                {
                    gfx.DrawString(line, font, new XSolidBrush(Ink), new XRect(x + 3, lineY, widths[c] - 6, font.Size * 1.25), XStringFormats.TopLeft);
                    lineY += font.Size * 1.25;
                }
            }

            x += widths[c];
        }

        gfx.DrawLine(new XPen(Rule, 0.4), Margin, _y + height, Margin + widths.Sum(), _y + height);
        _y += height;
    }

    private double HeaderHeight(IReadOnlyList<object?> row, double[] widths)
    {
        var lines = 1;
        for (var c = 0; c < widths.Length && c < row.Count; c++)
        {
            lines = Math.Max(lines, Wrap(Normal(row[c] as string ?? ""), _bold, widths[c] - 6).Count);
        }

        return (lines * _bold.Size * 1.25) + 5;
    }

    /// <summary>Colour, pattern (red cross-hatched, yellow striped, green plain, no data dotted grey), symbol and word.</summary>
    private void DrawBadge(XGraphics gfx, PdfRating rating, XRect box)
    {
        var colour = RatingPalette.Normalize(rating.Colour);
        var fill = XColor.FromArgb(Convert.ToInt32(RatingPalette.Hex(colour)[1..], 16) | unchecked((int)0xFF000000));
        gfx.DrawRectangle(new XPen(Ink, 0.6), new XSolidBrush(Lighten(fill)), box);
        var state = gfx.Save();
        gfx.IntersectClip(box);
        var pen = new XPen(fill, 0.8);
        switch (colour)
        {
            case RatingColour.Red:
                for (var d = -box.Height; d < box.Width; d += 4)
                {
                    gfx.DrawLine(pen, box.X + d, box.Bottom, box.X + d + box.Height, box.Y);
                    gfx.DrawLine(pen, box.X + d, box.Y, box.X + d + box.Height, box.Bottom);
                }

                break;
            case RatingColour.Yellow:
                for (var d = -box.Height; d < box.Width; d += 5)
                {
                    gfx.DrawLine(pen, box.X + d, box.Bottom, box.X + d + box.Height, box.Y);
                }

                break;
            case RatingColour.Green:
                break;
            case RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce:
                for (var dx = 2.0; dx < box.Width; dx += 4)
                {
                    for (var dy = 2.0; dy < box.Height; dy += 4)
                    {
                        gfx.DrawRectangle(new XSolidBrush(Rule), new XRect(box.X + dx, box.Y + dy, 0.8, 0.8));
                    }
                }

                break;
        }

        gfx.Restore(state);
        var text = RatingPalette.Symbol(colour) + " " + Normal(rating.Word);
        var width = gfx.MeasureString(text, _bold).Width + 6;
        var label = new XRect(box.X + 1.5, box.Y + 1.5, Math.Min(width, box.Width - 3), box.Height - 3);
        gfx.DrawRectangle(XBrushes.White, label);
        gfx.DrawString(text, _bold, new XSolidBrush(Ink), new XRect(label.X + 3, label.Y + 0.5, label.Width - 3, label.Height), XStringFormats.TopLeft);
    }

    private static XColor Lighten(XColor colour) =>
        XColor.FromArgb((int)(colour.R + ((255 - colour.R) * 0.55)), (int)(colour.G + ((255 - colour.G) * 0.55)), (int)(colour.B + ((255 - colour.B) * 0.55)));

    /// <summary>Greedy word wrap by the font's measured widths; a word longer than the line keeps a line of its own.</summary>
    private List<string> Wrap(string text, XFont font, double width, XGraphics? on = null)
    {
        var measure = on ?? _gfx ?? XGraphics.CreateMeasureContext(new XSize(600, 800), XGraphicsUnit.Point, XPageDirection.Downwards);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure.MeasureString(candidate, font).Width <= width || line.Length == 0)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                lines.Add(line.ToString());
                line.Clear().Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Wraps a stamp line between its " · " parts, so that no part (the demo label) is split over two lines.</summary>
    private static List<string> WrapParts(string text, XFont font, double width, XGraphics measure)
    {
        const string Separator = " · ";
        var lines = new List<string>();
        var line = "";
        foreach (var part in text.Split(Separator))
        {
            var candidate = line.Length == 0 ? part : line + Separator + part;
            if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                candidate = part;
            }

            line = candidate;
        }

        lines.Add(line);
        return lines;
    }

    private static string Normal(string text) => text.Normalize(NormalizationForm.FormC);
}

/// <summary>A rating cell in a PDF table: colour, pattern, symbol and word.</summary>
public sealed record PdfRating(RatingColour Colour, string Word);
