namespace DashboardKpi.Ingest.Jobs.Storage.Narrative;

/// <summary>A scanned report's OCR: status, progress per page, the outcome's reason (vi/en) and the text OCR gave. The file is read apart.</summary>
public sealed record ReportScan
{
    public long ReportId { get; init; }
    public required string Kind { get; init; }
    public required string Status { get; init; }
    public int PagesTotal { get; init; }
    public int PagesDone { get; init; }
    public string? OcrText { get; init; }
    public string? ReasonCode { get; init; }
    public string? ReasonVi { get; init; }
    public string? ReasonEn { get; init; }
    public DateTimeOffset QueuedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    public bool Finished => Status is Done or Failed;
}
