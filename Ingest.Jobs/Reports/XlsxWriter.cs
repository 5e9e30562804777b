using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// Writes one sheet of plain cells as .xlsx with SpreadCheetah, streaming rows: a bold header row, frozen, then the
/// rows. Numbers are numbers; everything else is an inline string and never a formula, so a value such as
/// "=HYPERLINK(...)" that came in from a report goes out as the text it was. SpreadCheetah writes relative part
/// paths, which the xlsx reader (ExcelDataReader) follows, so a template written here reads back.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Excel caps a cell at 32,767 characters.</summary>
    private const int MaxCellLength = 32_767;

    public static async Task WriteAsync(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var options = new SpreadCheetahOptions { WriteCellReferenceAttributes = true, PreserveStringWhitespace = true };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, options, ct).ConfigureAwait(false);
        await spreadsheet.StartWorksheetAsync(SafeSheetName(sheetName), new WorksheetOptions { FrozenRows = 1 }, ct).ConfigureAwait(false);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        await spreadsheet.AddRowAsync(header.Select(h => new Cell(Clean(h), bold)).ToArray(), ct).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await spreadsheet.AddRowAsync(row.Select(ToCell).ToArray(), ct).ConfigureAwait(false);
        }

        await spreadsheet.FinishAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The same, for synchronous callers that write to a memory or file stream (the import template, tests,
    /// benchmarks): SpreadCheetah is asynchronous only, and over such streams its writes complete synchronously.
    /// </summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        WriteAsync(output, sheetName, header, rows).GetAwaiter().GetResult();

    private static DataCell ToCell(object? value) => value switch
    {
        null => default,
        int i => new DataCell(i),
        long l => new DataCell(l),
        decimal d => new DataCell(d),
        double d => new DataCell(d),
        // Always a text cell, never a formula: a text beginning with =, +, - or @ stays text.
        _ => new DataCell(Clean(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")),
    };

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
