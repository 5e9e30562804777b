using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// A stored rating's stability facts (table RatingStability): the overall colour as computed, beside the published one
/// in RatingSnapshot.Overall; how many criteria were held; and, for a rating re-published because a correction of an
/// earlier period changed the colours it depends on, that period.
/// </summary>
public sealed record RatingStabilityRow
{
    public long RatingSnapshotId { get; init; }
    public required RatingColour RawOverall { get; init; }
    public int HeldCount { get; init; }
    public Period? RepublishedAfter { get; init; }
}
