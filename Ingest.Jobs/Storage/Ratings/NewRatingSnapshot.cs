using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// A computed rating to store, with everything needed to recompute it: the rule-set version and hash, the data
/// snapshot id (IndicatorRepository.GetDataSnapshotIdAsync at scoring time) and the application version.
/// ResultJson is the caller's full explanation; storage keeps it as opaque text and hashes it.
/// </summary>
public sealed record NewRatingSnapshot
{
    public required string CommuneCode { get; init; }
    public required Period Period { get; init; }
    public required string RuleSetId { get; init; }
    public int RuleSetVersion { get; init; }
    public required string RuleSetSha256 { get; init; }
    public long DataSnapshotId { get; init; }
    public required string AppVersion { get; init; }
    public required RatingColour Overall { get; init; }

    /// <summary>Stored rounded to 10 decimal places (banker's rounding), the same on both providers.</summary>
    public decimal? Score { get; init; }

    public required string ResultJson { get; init; }
    public DateTimeOffset ComputedAt { get; init; }
    public IReadOnlyList<RatingSnapshotCriterion> Criteria { get; init; } = [];

    /// <summary>Only for a rule set with a stability rule: the raw overall colour and why it was stored (RatingStability).</summary>
    public RatingStabilityRow? Stability { get; init; }
}
