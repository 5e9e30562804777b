namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>How criterion ratings combine into the commune's overall colour.</summary>
public abstract record Aggregation
{
    /// <summary>Where the method and its parameters come from; null when the rule file does not say (files written before it could).</summary>
    public ThresholdBasis? Basis { get; init; }

    /// <summary>The document the method comes from, when official or adopted.</summary>
    public SourceReference? Reference { get; init; }

    /// <summary>Why this method and these parameters, in a sentence an analyst can defend.</summary>
    public LocalizedText? Rationale { get; init; }

    /// <summary>Optional: holds the published overall colour until a change has lasted (hold periods only); null = off.</summary>
    public StabilityRule? Stability { get; init; }
}

/// <summary>
/// Red if any critical criterion is red or at least <see cref="RedCriteriaForRed"/> criteria are red;
/// green if every critical criterion is green and at least <see cref="GreenSharePercent"/> % of the share's base
/// (<see cref="ShareBase"/>) is green; otherwise yellow.
/// </summary>
/// <param name="UnratedAllowance">
/// How many criteria may be left without a colour (no data, insufficient data) before each further one counts as not
/// green in the share, so that reporting less never makes green easier. Null: criteria without a colour are left out
/// of the share (the rule before this option existed).
/// </param>
public sealed record CriticalShareAggregation(
    IReadOnlyList<string> Critical,
    int RedCriteriaForRed,
    decimal GreenSharePercent,
    int? UnratedAllowance = null) : Aggregation
{
    /// <summary>Why these criteria are critical (a red one makes the commune red; green needs them all green).</summary>
    public LocalizedText? CriticalRationale { get; init; }

    /// <summary>What the green share is a share of: the rated criteria, plus each criterion without a colour beyond the allowance.</summary>
    public int ShareBase(int rated, int unrated) =>
        rated + (UnratedAllowance is { } allowed ? Math.Max(0, unrated - allowed) : 0);
}

/// <summary>Points summed over criteria and mapped to bands (Decision 766 style).</summary>
public sealed record PointsAggregation(decimal TotalPoints, decimal GreenBand, decimal YellowBand) : Aggregation;
