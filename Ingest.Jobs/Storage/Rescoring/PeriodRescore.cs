using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Rescoring;

/// <summary>A period's last rescore request and last rescore run, as stored.</summary>
public sealed record PeriodRescore
{
    public required Period Period { get; init; }

    /// <summary>When something last asked for the period to be rescored (an import, a publish, an admin).</summary>
    public DateTimeOffset? RequestedAt { get; init; }

    /// <summary>What asked: one of <see cref="RescoreRequester"/>.</summary>
    public string? RequestedBy { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>One of <see cref="PeriodRescoreStatus"/>; null when the period was asked for but never rescored.</summary>
    public string? Status { get; init; }

    public long? DataSnapshotId { get; init; }

    public int? RuleSetVersion { get; init; }

    public int WrittenCount { get; init; }

    public int FailedCount { get; init; }

    /// <summary>Why the whole period failed, or the first unit's error when only some failed.</summary>
    public string? Error { get; init; }
}
