using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>One criterion of the current rating of a commune in one period, with the rule set it was rated by.</summary>
public sealed record CriterionHistoryRow
{
    public required Period Period { get; init; }
    public required string RuleSetId { get; init; }
    public int RuleSetVersion { get; init; }
    public required string RuleSetSha256 { get; init; }
    public required string CriterionCode { get; init; }
    public required RatingColour Rating { get; init; }
    public decimal? Value { get; init; }
}
