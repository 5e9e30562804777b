using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// Writes one sheet of plain cells as a minimal .xlsx (a zip of five XML parts), streaming rows. Text is always
/// an inline string and never a formula, so a value such as "=HYPERLINK(...)" that came in from a report goes out
/// as the text it was. Written by hand rather than with the OpenXML SDK, whose absolute part paths the xlsx
/// reader in our package mirror cannot follow.
/// </summary>
public static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElementEscape(SafeSheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>""");

        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        using var xml = XmlWriter.Create(sheet, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("sheetData", Main);
        WriteRow(xml, 1, header.Cast<object?>().ToList());
        var rowIndex = 1;
        foreach (var row in rows)
        {
            WriteRow(xml, ++rowIndex, row);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteRow(XmlWriter xml, int rowIndex, IReadOnlyList<object?> cells)
    {
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", rowIndex.ToString(CultureInfo.InvariantCulture));
        for (var column = 0; column < cells.Count; column++)
        {
            var value = cells[column];
            if (value is null)
            {
                continue;
            }

            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture));
            if (value is int or long or decimal or double)
            {
                xml.WriteElementString("v", Main, Convert.ToString(value, CultureInfo.InvariantCulture));
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

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

    private static string SecurityElementEscape(string text) => System.Security.SecurityElement.Escape(text);
}
