using System.Globalization;
using System.Text;
using DashboardKpi.Ingest.Jobs.Csv;
using ExcelDataReader;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// Streams the values of a monthly report file, .xlsx (first sheet) or .csv (UTF-8 with or without BOM; comma,
/// semicolon or tab, read by <see cref="CsvRecords"/>), in either layout, without holding the whole file in memory. Throws
/// <see cref="ReportFileRejectedException"/> for a file that cannot be read at all.
/// </summary>
public static class ReportFileReader
{
    public static readonly string[] Extensions = [".xlsx", ".csv"];

    // ExcelDataReader looks up the Windows-1252 code page even for .xlsx; .NET only has it once registered.
    static ReportFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<RawRow> Read(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" => ReadCsv(stream),
            ".xlsx" => ReadXlsx(stream),
            _ => throw new ReportFileRejectedException("file.type",
                $"Chỉ nhận tệp .xlsx hoặc .csv, không nhận '{extension}'.", $"Only .xlsx and .csv files are accepted, not '{extension}'."),
        };
    }

    private static IEnumerable<RawRow> ReadCsv(Stream stream)
    {
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        using var text = new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true);
        using var records = Guard(() => CsvRecords.Read(text).GetEnumerator());
        if (!Guard(records.MoveNext))
        {
            throw Empty();
        }

        // A title block above the header (unit, period, rule set version) is skipped, as in the styled template.
        var skipped = 0;
        while (skipped < ReportLayout.MaxTitleRows && ReportLayout.IsTitleRow(records.Current.Fields) && Guard(records.MoveNext))
        {
            skipped++;
        }

        var layout = ReportLayout.FromHeader(records.Current.Fields);
        while (Guard(records.MoveNext))
        {
            foreach (var row in layout.Rows(records.Current.RowNumber, records.Current.Fields))
            {
                yield return row;
            }
        }
    }

    /// <summary>Largest total of uncompressed parts an xlsx may unpack to: far above any monthly report, far below a zip bomb.</summary>
    public const long MaxXlsxUncompressedBytes = 200L * 1024 * 1024;

    private static IEnumerable<RawRow> ReadXlsx(Stream stream)
    {
        RejectZipBomb(stream);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new ReportFileRejectedException("file.unreadable",
                "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.", "The Excel (.xlsx) file cannot be read: it is damaged or not really xlsx.");
        }

        using (reader)
        {
            if (!Guard(reader.Read))
            {
                throw Empty();
            }

            // The styled template's title block (title, period, rule set version) sits above the header: skipped.
            var header = Cells(reader);
            var rowNumber = 1;
            while (rowNumber <= ReportLayout.MaxTitleRows && ReportLayout.IsTitleRow(header) && Guard(reader.Read))
            {
                rowNumber++;
                header = Cells(reader);
            }

            var layout = ReportLayout.FromHeader(header);
            while (Guard(reader.Read))
            {
                rowNumber++;
                foreach (var row in layout.Rows(rowNumber, Cells(reader)))
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>Looks at the zip directory before anything is unpacked: a tiny file that claims gigabytes is refused.</summary>
    private static void RejectZipBomb(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        long total;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            total = zip.Entries.Sum(e => e.Length);
        }
        catch (InvalidDataException)
        {
            throw new ReportFileRejectedException("file.unreadable",
                "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.", "The Excel (.xlsx) file cannot be read: it is damaged or not really xlsx.");
        }

        stream.Position = 0;
        if (total > MaxXlsxUncompressedBytes)
        {
            throw new ReportFileRejectedException("file.tooLarge",
                "Tệp Excel giải nén quá lớn (có thể là tệp độc hại); một báo cáo tháng không lớn đến vậy.",
                "The Excel file unpacks to far more than any monthly report (possibly a malicious file).");
        }
    }

    private static List<string> Cells(IExcelDataReader reader)
    {
        var cells = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            cells.Add(CellText(reader.GetValue(i), reader.GetNumberFormatString(i)));
        }

        return cells;
    }

    /// <summary>Excel cell values as the text a person typed: 42.5 not 42.499999, a date as yyyy-MM-dd, a percent cell as its percent.</summary>
    private static string CellText(object? value, string? numberFormat) => value switch
    {
        null => "",
        string s => s,
        double d when numberFormat?.Contains('%', StringComparison.Ordinal) == true => ((decimal)d * 100m).ToString(CultureInfo.InvariantCulture),
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime date => date.Day == 1 && numberFormat?.Contains('d', StringComparison.OrdinalIgnoreCase) != true
            ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static ReportFileRejectedException Empty() =>
        new("file.empty", "Tệp trống: không có dòng tiêu đề.", "The file is empty: there is no header row.");

    /// <summary>Turns a decoding or parsing failure in the middle of the file into a rejection of the whole file.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DecoderFallbackException)
        {
            throw new ReportFileRejectedException("file.encoding",
                "Tệp CSV không phải UTF-8. Hãy lưu lại với mã hóa UTF-8 (CSV UTF-8).", "The CSV file is not UTF-8. Save it again as UTF-8 (CSV UTF-8).");
        }
        catch (CsvFileException exception) when (exception.Problem == CsvProblem.UnterminatedQuote)
        {
            // An unclosed quote would swallow the rest of the file into one cell: refuse it rather than guess.
            throw new ReportFileRejectedException("file.unterminatedQuote",
                string.Create(CultureInfo.InvariantCulture, $"Dấu ngoặc kép mở ở dòng {exception.RowNumber} không được đóng; hãy kiểm tra ô đó."),
                string.Create(CultureInfo.InvariantCulture, $"A quote opened on line {exception.RowNumber} is never closed; check that cell."));
        }
        catch (CsvFileException exception) when (exception.Problem == CsvProblem.MalformedQuote)
        {
            throw new ReportFileRejectedException("file.malformedQuote",
                string.Create(CultureInfo.InvariantCulture, $"Dòng {exception.RowNumber} có chữ đứng sau dấu ngoặc kép đóng trong cùng một ô; hãy kiểm tra ô đó."),
                string.Create(CultureInfo.InvariantCulture, $"Line {exception.RowNumber} has text after a closing quote in the same cell; check that cell."));
        }
        catch (Exception exception) when (exception is InvalidDataException or CsvFileException or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException)
        {
            throw new ReportFileRejectedException("file.unreadable",
                "Không đọc được nội dung tệp: tệp hỏng hoặc không đúng định dạng.", "The file's content cannot be read: it is damaged or not in the expected format.");
        }
    }
}
