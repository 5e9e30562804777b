using Sylvan.Data.Csv;

namespace DashboardKpi.Ingest.Jobs.Csv;

/// <summary>
/// The one CSV reader of every job (monthly report files and the reference data), on Sylvan.Data.Csv: RFC 4180
/// quoting (doubled quotes, delimiters and line breaks inside quotes), LF or CRLF, streaming one record at a time
/// through a bounded buffer. Malformed input becomes a <see cref="CsvFileException"/> that names the row.
/// </summary>
public static class CsvRecords
{
    /// <summary>Longest record, in characters: far above any report row, far below what could exhaust memory.</summary>
    public const int MaxRecordLength = 128 * 1024;

    /// <summary>
    /// Every record, the header included, with its 1-based row number. <paramref name="delimiter"/> null: detected from
    /// the first row (comma, semicolon, tab or bar, whichever it has most of).
    /// </summary>
    public static IEnumerable<CsvRecord> Read(TextReader text, char? delimiter = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            BufferSize = 16 * 1024,
            MaxBufferSize = MaxRecordLength,
            // CSV has no comments; Sylvan's comment marker cannot be switched off, so it is set to NUL, and a row that
            // starts with NUL (never a real report row) is refused rather than silently skipped.
            Comment = '\0',
            CommentHandler = new Action<CsvDataReader, string>((reader, _) =>
                throw new CsvFileException(CsvProblem.Unreadable, reader.RowNumber)),
            OwnsReader = false,
        };
        if (delimiter is { } d)
        {
            options.Delimiter = d;
        }

        using var csv = Translate(() => CsvDataReader.Create(text, options), 1);
        while (Translate(csv.Read, csv.RowNumber + 1))
        {
            var fields = new string[csv.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            yield return new CsvRecord(csv.RowNumber, fields);
        }
    }

    private static T Translate<T>(Func<T> read, int rowNumber)
    {
        try
        {
            return read();
        }
        catch (CsvInvalidCharacterException exception)
        {
            // Sylvan reports the quote itself as the invalid character when a quoted field runs to the end of the input;
            // any other character is text after a closing quote.
            throw new CsvFileException(exception.InvalidCharacter == '"' ? CsvProblem.UnterminatedQuote : CsvProblem.MalformedQuote, exception.RowNumber, exception);
        }
        catch (CsvRecordTooLargeException exception)
        {
            throw new CsvFileException(CsvProblem.RecordTooLarge, exception.RowNumber, exception);
        }
        catch (CsvFormatException exception)
        {
            throw new CsvFileException(CsvProblem.Unreadable, exception.RowNumber is > 0 ? exception.RowNumber : rowNumber, exception);
        }
    }
}
