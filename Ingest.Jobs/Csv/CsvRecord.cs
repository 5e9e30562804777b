namespace DashboardKpi.Ingest.Jobs.Csv;

/// <summary>One CSV record: its 1-based row number (the header is row 1) and its fields, as many as the row has.</summary>
public sealed record CsvRecord(int RowNumber, IReadOnlyList<string> Fields);
