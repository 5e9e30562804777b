namespace DashboardKpi.Ingest.Jobs.Csv;

/// <summary>Why a CSV file cannot be read.</summary>
public enum CsvProblem
{
    /// <summary>A quoted field is never closed: it would swallow the rest of the file.</summary>
    UnterminatedQuote,

    /// <summary>Text follows a closing quote in the same field (e.g. <c>"ab"c</c>).</summary>
    MalformedQuote,

    /// <summary>One record is longer than <see cref="CsvRecords.MaxRecordLength"/> characters.</summary>
    RecordTooLarge,

    /// <summary>Anything else that is not CSV.</summary>
    Unreadable,
}
