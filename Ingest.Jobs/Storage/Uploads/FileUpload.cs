namespace DashboardKpi.Ingest.Jobs.Storage.Uploads;

/// <summary>
/// An uploaded report file and its import: who sent it, where the import stands, and its outcome (the import's
/// summary as JSON, or the reason it failed in both languages). The file's bytes are read apart.
/// </summary>
public sealed record FileUpload
{
    public long Id { get; init; }
    public required string FileName { get; init; }
    public long SizeBytes { get; init; }
    public required string UploadedBy { get; init; }
    public required string Status { get; init; }
    public int Attempts { get; init; }
    public string? Summary { get; init; }
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
