namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>
/// A row an ingest refused, kept with its raw content so a data steward can see and fix it. ReasonCode is stable
/// (for filters and translations); the two messages are what the steward reads. Id and RunId are set by storage.
/// </summary>
public sealed record QuarantinedRow
{
    public long Id { get; init; }
    public long RunId { get; init; }
    public int RowNumber { get; init; }
    public required string RawContent { get; init; }
    public required string ReasonCode { get; init; }
    public required string MessageVi { get; init; }
    public required string MessageEn { get; init; }
    public string? CommuneCode { get; init; }
    public string? IndicatorCode { get; init; }
    public string? Period { get; init; }
}
