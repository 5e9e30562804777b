namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// The whole file cannot be read (not xlsx/csv, wrong encoding, unknown header layout). Such a file is moved to
/// rejected/ with this reason beside it; nothing from it is imported.
/// </summary>
public sealed class ReportFileRejectedException(string code, string messageVi, string messageEn)
    : Exception(messageEn)
{
    public string Code { get; } = code;

    public string MessageVi { get; } = messageVi;

    public string MessageEn { get; } = messageEn;
}
