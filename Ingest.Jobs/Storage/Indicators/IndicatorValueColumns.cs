namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>
/// A chunk of value rows as one array per column. Dapper sends a list of rows as one statement per row, which is
/// free on SQLite (in process) but a network round trip each on PostgreSQL; there the chunk goes as arrays that one
/// statement unnests (Dapper passes arrays to Npgsql as they are). Instants go as UTC, which timestamptz requires.
/// </summary>
internal sealed record IndicatorValueColumns(
    string[] CommuneCode,
    string[] IndicatorCode,
    string[] Period,
    string[] Source,
    decimal?[] Value,
    decimal?[] Part,
    decimal?[] Whole,
    bool?[] Flag,
    string?[] TaskStatus,
    DateOnly?[] CompletedOn,
    long[] RunId,
    DateTime[] UpdatedAt,
    long[] Revision)
{
    public static IndicatorValueColumns Of(IReadOnlyList<IndicatorValueRow> rows) => new(
        [.. rows.Select(r => r.CommuneCode)],
        [.. rows.Select(r => r.IndicatorCode)],
        [.. rows.Select(r => r.Period.ToString())],
        [.. rows.Select(r => r.Source)],
        [.. rows.Select(r => r.Value)],
        [.. rows.Select(r => r.Part)],
        [.. rows.Select(r => r.Whole)],
        [.. rows.Select(r => r.Flag)],
        [.. rows.Select(r => r.TaskStatus)],
        [.. rows.Select(r => r.CompletedOn)],
        [.. rows.Select(r => r.RunId)],
        [.. rows.Select(r => r.UpdatedAt.UtcDateTime)],
        [.. rows.Select(r => (long)r.Revision)]);
}
