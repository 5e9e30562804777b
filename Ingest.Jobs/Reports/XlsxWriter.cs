using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// Writes one sheet of plain cells with the OpenXML SDK, streaming rows. Text is always an inline string and
/// never a formula, so a value such as "=HYPERLINK(...)" that came in from a report goes out as the text it was.
/// </summary>
public static class XlsxWriter
{
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, header.Cast<object?>().ToList());
            var rowIndex = 1u;
            foreach (var row in rows)
            {
                WriteRow(writer, ++rowIndex, row);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SafeSheetName(sheetName) });
        workbookPart.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<object?> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        foreach (var value in cells)
        {
            writer.WriteElement(Cell(value));
        }

        writer.WriteEndElement();
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    /// <summary>Control characters other than tab and line breaks are not allowed in XML; Excel caps a cell at 32,767 characters.</summary>
    private static string Clean(string text)
    {
        var kept = new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray());
        return kept.Length <= 32_767 ? kept : kept[..32_767];
    }

    private static string SafeSheetName(string name)
    {
        var cleaned = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray());
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }
}
