namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// One value as it came in, before validation: the text of its commune, period, indicator and value cells,
/// where it was (row number, 1 = header) and the row's raw content for the quarantine. <see cref="Problem"/> is set
/// when the row itself is broken (too few cells), so the validator can quarantine it with a reason.
/// </summary>
public sealed record RawRow(int RowNumber, string CommuneCode, string Period, string IndicatorCode, string Value, string RawContent, string? Problem = null);
