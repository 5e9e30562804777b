using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Actions;

/// <summary>
/// A promise bound to one criterion of one unit, made from the period in which the criterion was not green. Status is
/// what is stored; whether it is overdue follows from <see cref="DueOn"/> and the clock (<see cref="ActionStatus.Shown"/>).
/// </summary>
public sealed record CommuneAction
{
    public long Id { get; init; }
    public required string CommuneCode { get; init; }
    public required string CriterionCode { get; init; }

    /// <summary>The rated period the action was made from; only a later period can verify it.</summary>
    public required Period Period { get; init; }

    public required string Text { get; init; }
    public required string Owner { get; init; }
    public DateOnly DueOn { get; init; }
    public string? Note { get; init; }
    public required string Status { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public Period? VerifiedPeriod { get; init; }
    public decimal? VerifiedValue { get; init; }
    public string? CancelReason { get; init; }

    public bool IsClosed => ActionStatus.IsClosed(Status);
}
