using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// One criterion's colour and value within a snapshot, for queries across communes. Value is rounded to 10
/// decimal places like every stored decimal; the exact figures and the explanation live in ResultJson.
/// </summary>
public sealed record RatingSnapshotCriterion
{
    public required string CriterionCode { get; init; }
    public required RatingColour Rating { get; init; }
    public decimal? Value { get; init; }
}
