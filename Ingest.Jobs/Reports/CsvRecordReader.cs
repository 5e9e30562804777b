using System.Globalization;
using System.Text;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// A small streaming RFC 4180 reader: quoted fields with doubled quotes, delimiters and line breaks inside quotes,
/// LF or CRLF. One record at a time, with the line it started on.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, char delimiter)
{
    private const int MaxFieldLength = 100_000;
    private int _line = 1;

    public int RecordLine { get; private set; }

    public List<string>? Read()
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        RecordLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var next = reader.Read();
            if (next < 0 && quoted)
            {
                // An unclosed quote would swallow the rest of the file into one cell: refuse it rather than guess.
                throw new ReportFileRejectedException("file.unterminatedQuote",
                    string.Create(CultureInfo.InvariantCulture, $"Dấu ngoặc kép mở ở dòng {RecordLine} không được đóng; hãy kiểm tra ô đó."),
                    string.Create(CultureInfo.InvariantCulture, $"A quote opened on line {RecordLine} is never closed; check that cell."));
            }

            if (next < 0)
            {
                fields.Add(field.ToString());
                return fields;
            }

            var c = (char)next;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    _line += c == '\n' ? 1 : 0;
                    Append(field, c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                _line++;
                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                Append(field, c);
            }
        }
    }

    private static void Append(StringBuilder field, char c)
    {
        if (field.Length >= MaxFieldLength)
        {
            throw new InvalidDataException("A CSV field is longer than 100,000 characters.");
        }

        field.Append(c);
    }
}
