namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A test case carried by a rule set: a commune's values and what the rules must say about them.</summary>
/// <param name="Population">The unit's population for per-capita indicators; null = not known.</param>
/// <param name="ExpectedOverall">Null when the case does not check the overall colour; see <see cref="ExpectsOverall"/>.</param>
public sealed record GoldenCase(
    string Name,
    UnitType UnitType,
    Period Period,
    DateOnly AsOf,
    IReadOnlyList<IndicatorValue> Values,
    bool ExpectsOverall,
    Rating? ExpectedOverall,
    IReadOnlyList<GoldenCriterionExpectation> Criteria,
    decimal? Population = null);

/// <summary>What one criterion must come out as; an absent gap is not checked.</summary>
/// <param name="Outcome">NoData or InsufficientData, or Rated with <paramref name="Rating"/>.</param>
public sealed record GoldenCriterionExpectation(string Code, Outcome Outcome, Rating? Rating, decimal? GapToYellow, decimal? GapToGreen);
