using System.Text;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// The hostile-input corpus: files a careless or malicious sender could drop, each with what must happen to it.
/// Expected is "rejected:CODE" (the whole file refused with that reason), "quarantined:REASON" (the file imports,
/// the bad value is quarantined with that reason) or "imported:N" (N values stored).
/// </summary>
public static class HostileFileCorpus
{
    public sealed record Case(string Name, string FileName, Action<string> Write, string Expected)
    {
        public override string ToString() => Name;
    }

    private const string Header = ReportFiles.LongHeader;

    private static Action<string> Csv(params string[] lines) => path => File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));

    private static Action<string> Bytes(byte[] bytes) => path => File.WriteAllBytes(path, bytes);

    private static Action<string> Encoded(Encoding encoding, string text) => path => File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

    private static Action<string> Xlsx(string sheetData, string after = "", long padding = 0) => path => RawXlsx.Write(path, sheetData, after, padding);

    private static string LongRows(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public static IEnumerable<Case> All()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var latin1 = Encoding.GetEncoding(1252);
        var valid = "25747,2025-08,IOC_CONNECTED,có";

        // Encodings and byte-order marks
        yield return new("Latin-1 (Windows-1252) csv", "latin1.csv", Bytes(latin1.GetBytes(LongRows("25747,2025-08,IOC_CONNECTED,c\u00f3"))), "rejected:file.encoding");
        yield return new("Windows-1258 Vietnamese legacy csv", "cp1258.csv", Bytes(Encoding.GetEncoding(1258).GetBytes(LongRows("25747,2025-08,IOC_CONNECTED,không"))), "rejected:file.encoding");
        yield return new("Random high bytes named .csv", "garbage.csv", Bytes([.. Enumerable.Range(0, 512).Select(i => (byte)(0x80 + (i % 64)))]), "rejected:file.encoding");
        yield return new("UTF-8 with BOM", "bom8.csv", Encoded(new UTF8Encoding(true), LongRows(valid)), "imported:1");
        yield return new("UTF-8 without BOM", "nobom.csv", Encoded(new UTF8Encoding(false), LongRows(valid)), "imported:1");
        yield return new("UTF-16 LE with BOM", "utf16.csv", Encoded(new UnicodeEncoding(false, true), LongRows(valid)), "imported:1");
        yield return new("UTF-16 BE with BOM", "utf16be.csv", Encoded(new UnicodeEncoding(true, true), LongRows(valid)), "imported:1");
        yield return new("UTF-32 LE with BOM", "utf32.csv", Encoded(new UTF32Encoding(false, true), LongRows(valid)), "imported:1");
        yield return new("Only a BOM", "onlybom.csv", Bytes([0xEF, 0xBB, 0xBF]), "rejected:file.empty");
        yield return new("Zero bytes", "empty.csv", Bytes([]), "rejected:file.empty");

        // Shapes
        yield return new("Header only", "header.csv", Csv(Header), "imported:0");
        yield return new("Unknown header", "unknown.csv", Csv("code;month;value", "25747;2025-08;1"), "rejected:file.unknownLayout");
        yield return new("Duplicate wide headers", "dupheader.csv", Csv("[commune_code],[period],A [IOC_CONNECTED],B [IOC_CONNECTED]", "25747,2025-08,có,không"), "rejected:file.duplicateHeader");
        yield return new("Text file extension", "report.txt", Csv(Header, "25747,2025-08,IOC_CONNECTED,yes"), "rejected:file.type");
        yield return new("Old binary .xls", "report.xls", Bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), "rejected:file.type");
        yield return new("Text pretending to be xlsx", "fake.xlsx", Csv("not a zip at all"), "rejected:file.unreadable");
        yield return new("Truncated xlsx", "truncated.xlsx", path =>
        {
            RawXlsx.Write(path, RawXlsx.Row(1, Header.Split(',')) + RawXlsx.Row(2, valid.Split(',')));
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        }, "rejected:file.unreadable");
        yield return new("Zip without a workbook", "nobook.xlsx", path =>
        {
            using var zip = new System.IO.Compression.ZipArchive(File.Create(path), System.IO.Compression.ZipArchiveMode.Create);
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }, "rejected:file.unreadable");
        yield return new("Empty sheet", "emptysheet.xlsx", Xlsx(""), "rejected:file.empty");
        yield return new("Zip bomb (tiny file unpacking to over 200 MB)", "bomb.xlsx", Xlsx("", padding: 210L * 1024 * 1024), "rejected:file.tooLarge");
        yield return new("A million rows", "million.csv", path =>
        {
            using var writer = new StreamWriter(path);
            writer.WriteLine(Header);
            for (var i = 0; i < 1_000_000; i++)
            {
                writer.WriteLine(valid);
            }
        }, "rejected:file.tooManyRows");
        yield return new("A 200,000-character cell", "hugecell.csv", Csv(Header, "25747,2025-08,IOC_CONNECTED," + new string('x', 200_000)), "rejected:file.unreadable");
        yield return new("Unterminated quote", "quote.csv", Csv(Header, "25747,2025-08,IOC_CONNECTED,\"có"), "rejected:file.unterminatedQuote");
        yield return new("Only delimiters", "commas.csv", Csv(Header, ",,,", valid), "imported:1");
        yield return new("CRLF line endings", "crlf.csv", path => File.WriteAllText(path, Header + "\r\n" + valid + "\r\n"), "imported:1");
        yield return new("Semicolon delimited", "semicolon.csv", Csv(Header.Replace(',', ';'), valid.Replace(',', ';')), "imported:1");
        yield return new("Formula cell with a cached value", "formula.xlsx",
            Xlsx(RawXlsx.Row(1, Header.Split(',')) + "<row r=\"2\"><c t=\"inlineStr\"><is><t>25747</t></is></c><c t=\"inlineStr\"><is><t>2025-08</t></is></c><c t=\"inlineStr\"><is><t>ONLINE_DOSSIERS</t></is></c><c><f>1000+117</f><v>1117</v></c></row>"), "imported:1");
        yield return new("Merged cells (the code only in the first row)", "merged.xlsx",
            Xlsx(RawXlsx.Row(1, "[commune_code]", "[period]", "[IOC_CONNECTED]") + RawXlsx.Row(2, "25747", "2025-08", "có") + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>2025-09</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>có</t></is></c></row>",
                "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>"), "quarantined:commune.missing");

        // Values
        yield return new("Unknown commune code", "unknown-commune.csv", Csv(Header, "12345,2025-08,IOC_CONNECTED,có"), "quarantined:commune.unknown");
        yield return new("Old code split across new units", "split.csv", Csv(Header, "25741,2025-08,IOC_CONNECTED,có"), "quarantined:commune.ambiguousOldCode");
        yield return new("Old code merged whole into one unit", "oldcode.csv", Csv(Header, "25753,2025-08,IOC_CONNECTED,có"), "imported:1");
        yield return new("17/0", "zero-whole.csv", Csv(Header, "25747,2025-08,AV_UPDATED_MACHINES,17/0"), "quarantined:value.wholeNotPositive");
        yield return new("40/17", "part-over-whole.csv", Csv(Header, "25747,2025-08,AV_UPDATED_MACHINES,40/17"), "quarantined:value.partExceedsWhole");
        yield return new("Negative count", "negative.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,-3"), "quarantined:value.negative");
        yield return new("NaN", "nan.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,NaN"), "quarantined:value.unparsable");
        yield return new("Infinity", "inf.csv", Csv(Header, "25747,2025-08,DOCUMENTS_ONLINE,Infinity"), "quarantined:value.unparsable");
        yield return new("Count in irregular groups (1 1 1 1)", "irregular-groups.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,1 1 1 1"), "quarantined:value.unparsable");
        yield return new("Count in irregular comma groups (1,5,3)", "comma-groups.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,\"1,5,3\""), "quarantined:value.unparsable");
        yield return new("Count with mixed group separators", "mixed-groups.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,1.117 000"), "quarantined:value.unparsable");
        yield return new("Count in Arabic-Indic digits", "arabic-digits.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,\u0661\u0661\u0661\u0667"), "quarantined:value.unparsable");
        yield return new("Count in full-width digits", "fullwidth-digits.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,\uFF11\uFF11\uFF11\uFF17"), "quarantined:value.unparsable");
        yield return new("Count in parentheses (accounting negative)", "parentheses.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,(5)"), "quarantined:value.unparsable");
        yield return new("Count with a currency sign", "currency.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,1.117đ"), "quarantined:value.unparsable");
        yield return new("Exponent notation", "exp.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,1e6"), "quarantined:value.unparsable");
        yield return new("A 10,000-character value", "longvalue.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS," + new string('9', 10_000)), "quarantined:value.unparsable");
        yield return new("Script in a cell", "script.csv", Csv(Header, "25747,2025-08,IOC_CONNECTED,<script>alert(1)</script>"), "quarantined:value.unparsable");
        yield return new("Formula text in a csv cell", "csv-formula.csv", Csv(Header, "25747,2025-08,IOC_CONNECTED,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), "quarantined:value.unparsable");
        yield return new("Control characters in the code", "control.csv", Csv(Header, "257\u000047,2025-08,IOC_CONNECTED,có"), "quarantined:commune.unknown");
        yield return new("Percentage over 100", "percent.csv", Csv(Header, "25747,2025-08,DOCUMENTS_ONLINE,142"), "quarantined:value.percentOutOfRange");
        yield return new("Count above the plausible maximum", "sane.csv", Csv(Header, "25747,2025-08,ONLINE_DOSSIERS,9.999.999"), "quarantined:value.aboveSaneMax");
        yield return new("Period in the future", "future.csv", Csv(Header, "25747,2099-01,IOC_CONNECTED,có"), "quarantined:period.future");
        yield return new("Period with a slash the wrong way", "period.csv", Csv(Header, "25747,2025/08,IOC_CONNECTED,có"), "quarantined:period.invalid");
        yield return new("Same key twice", "twice.csv", Csv(Header, valid, "25747,2025-08,IOC_CONNECTED,không"), "quarantined:row.duplicate");
        yield return new("Unknown indicator", "indicator.csv", Csv(Header, "25747,2025-08,DROP_TABLE,1"), "quarantined:indicator.unknown");
        yield return new("SQL in the indicator code", "sql.csv", Csv(Header, "25747,2025-08,\"X'); DROP TABLE IndicatorValue;--\",1"), "quarantined:indicator.unknown");
    }
}
