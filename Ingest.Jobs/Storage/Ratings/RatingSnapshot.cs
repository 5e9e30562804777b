using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// A stored rating. The latest row per (commune, period) is the current rating; older rows are history.
/// ResultSha256 (over the UTF-8 ResultJson) lets the rescore keep a snapshot whose result did not change; reproducing
/// a rating compares the facts in ResultJson instead (Ratings.RatingFacts), so that rewording is not a difference.
/// </summary>
public sealed record RatingSnapshot
{
    public long Id { get; init; }
    public required string CommuneCode { get; init; }
    public required Period Period { get; init; }
    public required string RuleSetId { get; init; }
    public int RuleSetVersion { get; init; }
    public required string RuleSetSha256 { get; init; }
    public long DataSnapshotId { get; init; }
    public required string AppVersion { get; init; }
    public required RatingColour Overall { get; init; }
    public decimal? Score { get; init; }
    public required string ResultJson { get; init; }
    public required string ResultSha256 { get; init; }
    public DateTimeOffset ComputedAt { get; init; }
    public IReadOnlyList<RatingSnapshotCriterion> Criteria { get; init; } = [];
}
