using System.IO.Compression;
using System.Text;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Hand-made xlsx packages for hostile cases our own writer would never produce: formulas, merged cells, bombs.</summary>
public static class RawXlsx
{
    public static void Write(string path, string sheetData, string afterSheetData = "", long paddingBytes = 0)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        Part(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        sheet.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        var spaces = new string(' ', 1 << 20);
        for (long written = 0; written < paddingBytes; written += spaces.Length)
        {
            sheet.Write(spaces);
        }

        sheet.Write($"<sheetData>{sheetData}</sheetData>{afterSheetData}</worksheet>");
    }

    public static string Row(int r, params string[] inlineCells) =>
        $"<row r=\"{r}\">" + string.Concat(inlineCells.Select(c => $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(c)}</t></is></c>")) + "</row>";

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
