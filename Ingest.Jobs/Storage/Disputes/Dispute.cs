using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Disputes;

/// <summary>
/// A chair's objection to the value or rating of one criterion of its unit for one period. The attached file's bytes
/// are read apart (<see cref="DisputeRepository.FindFileAsync"/>), so lists never carry them.
/// </summary>
public sealed record Dispute
{
    public long Id { get; init; }
    public required string CommuneCode { get; init; }
    public required Period Period { get; init; }
    public required string CriterionCode { get; init; }
    public required string IndicatorCode { get; init; }
    public required string Reason { get; init; }

    /// <summary>The corrected figure as the chair wrote it ("39/40", "1.117"), read by the import's own value rules.</summary>
    public string? CorrectedValue { get; init; }

    public string? FileName { get; init; }
    public string? FileSha256 { get; init; }
    public required string Status { get; init; }
    public required string FiledBy { get; init; }
    public DateTimeOffset FiledAt { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionReason { get; init; }

    /// <summary>The figure that went in as the correction (the chair's, or the one the decider entered).</summary>
    public string? AcceptedValue { get; init; }

    /// <summary>The ingest run that stored the correction (source "correction").</summary>
    public long? CorrectionRunId { get; init; }
}

/// <summary>The stored states of a dispute; the CHECK constraint lists the same.</summary>
public static class DisputeStatus
{
    public const string Open = "open";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [Open, Accepted, Rejected];
}
