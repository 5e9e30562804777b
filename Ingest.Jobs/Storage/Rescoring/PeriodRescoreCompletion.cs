using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Rescoring;

/// <summary>How a rescore of one period ended, as the rescorer reports it.</summary>
public sealed record PeriodRescoreCompletion
{
    public required Period Period { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public long? DataSnapshotId { get; init; }

    public int? RuleSetVersion { get; init; }

    public int WrittenCount { get; init; }

    public IReadOnlyList<RescoreFailure> Failures { get; init; } = [];

    public string? Error { get; init; }
}
