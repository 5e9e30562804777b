using System.Drawing;
using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// Writes one sheet as .xlsx with SpreadCheetah, streaming rows: an optional title block, a bold header row, frozen and
/// with an autofilter, column widths, then the rows. Numbers are numbers; everything else is an inline string and never a
/// formula, so a value such as "=HYPERLINK(...)" that came in from a report goes out as the text it was. A rating is its
/// word on its colour's fill (<see cref="XlsxRating"/>). SpreadCheetah writes relative part paths, which the xlsx reader
/// (ExcelDataReader) follows, so a template written here reads back; the reader skips the title block.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Excel caps a cell at 32,767 characters.</summary>
    private const int MaxCellLength = 32_767;

    /// <summary>The fills of the rating cells: the dashboard's palette, light enough for black text to read on each.</summary>
    private static readonly Dictionary<RatingColour, Color> RatingFills = new()
    {
        [RatingColour.Green] = Color.FromArgb(0xB7, 0xE1, 0xCD),
        [RatingColour.Yellow] = Color.FromArgb(0xFF, 0xE5, 0x99),
        [RatingColour.Red] = Color.FromArgb(0xF4, 0xB6, 0xB0),
    };

    public static Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct = default) =>
        WriteAsync(output, new XlsxSheet(sheetName, header, rows), ct);

    public static async Task WriteAsync(Stream output, XlsxSheet sheet, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(sheet.Header);
        ArgumentNullException.ThrowIfNull(sheet.Rows);
        var options = new SpreadCheetahOptions { WriteCellReferenceAttributes = true, PreserveStringWhitespace = true };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, options, ct).ConfigureAwait(false);
        var headerRow = sheet.Title.Count == 0 ? 1 : sheet.Title.Count + 2;
        var worksheet = new WorksheetOptions { FrozenRows = headerRow };
        // The filter covers the header and every row: one over the header alone filters nothing in LibreOffice, and the
        // range is written before the rows, so they are counted first.
        var rows = sheet.Rows as IReadOnlyCollection<IReadOnlyList<object?>> ?? sheet.Rows.ToList();
        if (sheet.Header.Count > 0)
        {
            worksheet.AutoFilter = new AutoFilterOptions(string.Create(CultureInfo.InvariantCulture, $"A{headerRow}:{ColumnName(sheet.Header.Count)}{headerRow + rows.Count}"));
        }

        for (var column = 0; column < sheet.Header.Count; column++)
        {
            worksheet.Column(column + 1).Width = Width(sheet, column);
        }

        await spreadsheet.StartWorksheetAsync(SafeSheetName(sheet.Name), worksheet, ct).ConfigureAwait(false);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var headerStyle = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Fill = { Color = Color.FromArgb(0xE4, 0xE7, 0xEB) },
            Alignment = { WrapText = true, Vertical = VerticalAlignment.Top },
        });
        var fills = RatingFills.ToDictionary(f => f.Key, f => spreadsheet.AddStyle(new Style { Fill = { Color = f.Value } }));
        foreach (var line in sheet.Title)
        {
            await spreadsheet.AddRowAsync([new Cell(Clean(line.Label), bold), new Cell(Clean(line.Value))], ct).ConfigureAwait(false);
        }

        if (sheet.Title.Count > 0)
        {
            await spreadsheet.AddRowAsync(Array.Empty<Cell>(), ct).ConfigureAwait(false);
        }

        await spreadsheet.AddRowAsync(sheet.Header.Select(h => new Cell(Clean(h), headerStyle)).ToArray(), ct).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await spreadsheet.AddRowAsync(row.Select(value => ToCell(value, fills)).ToArray(), ct).ConfigureAwait(false);
        }

        await spreadsheet.FinishAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The same, for synchronous callers that write to a memory or file stream (the import template, tests,
    /// benchmarks): SpreadCheetah is asynchronous only, and over such streams its writes complete synchronously.
    /// </summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        WriteAsync(output, sheetName, header, rows).GetAwaiter().GetResult();

    private static Cell ToCell(object? value, Dictionary<RatingColour, StyleId> fills) => value switch
    {
        null => default,
        int i => new Cell(i),
        long l => new Cell(l),
        decimal d => new Cell(d),
        double d => new Cell(d),
        XlsxRating rating when fills.TryGetValue(rating.Colour, out var fill) => new Cell(Clean(rating.Word), fill),
        XlsxRating rating => new Cell(Clean(rating.Word)),
        // Always a text cell, never a formula: a text beginning with =, +, - or @ stays text.
        _ => new Cell(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    /// <summary>A given width, else the header's length within 8–50 characters (long headers wrap).</summary>
    private static double Width(XlsxSheet sheet, int column) =>
        sheet.Widths is { } widths && column < widths.Count && widths[column] is { } given
            ? given
            : Math.Clamp(sheet.Header[column].Length + 2, 8, 50);

    /// <summary>1 → A, 27 → AA.</summary>
    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Control characters other than tab and line breaks are not allowed in XML; Excel caps a cell's length.</summary>
    private static string Clean(string text)
    {
        var kept = text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))
            ? new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray())
            : text;
        return kept.Length <= MaxCellLength ? kept : kept[..MaxCellLength];
    }

    /// <summary>Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe.</summary>
    private static string SafeSheetName(string name)
    {
        var cleaned = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal) && !char.IsControl(c)).ToArray());
        cleaned = cleaned[..Math.Min(31, cleaned.Length)].Trim('\'', ' ');
        return cleaned.Length == 0 ? "Sheet1" : cleaned;
    }
}
