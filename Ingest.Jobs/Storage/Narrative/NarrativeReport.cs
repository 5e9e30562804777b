using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Narrative;

/// <summary>One uploaded narrative report: its text, the reader's proposals (JSON) and, once confirmed, the import run.</summary>
public sealed record NarrativeReport
{
    public long Id { get; init; }
    public required string Sha256 { get; init; }
    public required string FileName { get; init; }
    public required string UploadedBy { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    public string? CommuneCode { get; init; }
    public Period? Period { get; init; }
    public required string Status { get; init; }
    public required string Text { get; init; }
    public required string Proposals { get; init; }
    public int RulesVersion { get; init; }
    public string? ConfirmedBy { get; init; }
    public DateTimeOffset? ConfirmedAt { get; init; }
    public long? RunId { get; init; }

    public const string Proposed = "proposed";
    public const string Confirmed = "confirmed";
}
