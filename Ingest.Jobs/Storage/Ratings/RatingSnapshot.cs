namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// A stored rating. The latest row per (commune, period) is the current rating; older rows are history.
/// ResultSha256 (over the UTF-8 ResultJson) lets a recomputation be compared bit for bit.
/// </summary>
public sealed record RatingSnapshot
{
    public long Id { get; init; }
    public required string CommuneCode { get; init; }
    public required string Period { get; init; }
    public required string RuleSetId { get; init; }
    public int RuleSetVersion { get; init; }
    public required string RuleSetSha256 { get; init; }
    public long DataSnapshotId { get; init; }
    public required string AppVersion { get; init; }
    public required string Overall { get; init; }
    public decimal? Score { get; init; }
    public required string ResultJson { get; init; }
    public required string ResultSha256 { get; init; }
    public DateTimeOffset ComputedAt { get; init; }
    public IReadOnlyList<RatingSnapshotCriterion> Criteria { get; init; } = [];
}
