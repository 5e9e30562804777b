using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>A commune's current overall rating for one period with its criterion counts; read from the snapshot columns, not the JSON.</summary>
public sealed record CommuneRatingSummary(
    string Code,
    RatingColour Overall,
    decimal? Score,
    int Green,
    int Yellow,
    int Red,
    int NoData,
    string RuleSetId,
    int RuleSetVersion,
    DateTimeOffset ComputedAt);
