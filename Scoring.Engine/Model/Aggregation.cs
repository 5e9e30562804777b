namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>How criterion ratings combine into the commune's overall colour.</summary>
public abstract record Aggregation;

/// <summary>
/// Red if any critical criterion is red or at least <see cref="RedCriteriaForRed"/> criteria are red;
/// green if every critical criterion is green and at least <see cref="GreenSharePercent"/> % of rated
/// criteria are green; otherwise yellow.
/// </summary>
public sealed record CriticalShareAggregation(
    IReadOnlyList<string> Critical,
    int RedCriteriaForRed,
    decimal GreenSharePercent) : Aggregation;

/// <summary>Points summed over criteria and mapped to bands (Decision 766 style).</summary>
public sealed record PointsAggregation(decimal TotalPoints, decimal GreenBand, decimal YellowBand) : Aggregation;
