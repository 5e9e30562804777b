namespace DashboardKpi.Scoring.Bench.RulesEngineSide;

/// <summary>
/// What the RulesEngine lambdas see for one criterion of one commune: the value found for the period (after
/// carry-forward, like the engine), the commune's unit type and the period and as-of date as numbers.
/// Public with properties because System.Linq.Dynamic.Core binds members by reflection.
/// </summary>
public sealed class RuleInput
{
    public bool HasValue { get; init; }

    /// <summary>The count, the percentage, or the ratio's part.</summary>
    public decimal Number { get; init; }

    /// <summary>The ratio's whole.</summary>
    public decimal Whole { get; init; }

    public bool Flag { get; init; }

    public bool Done { get; init; }

    /// <summary><see cref="DateOnly.DayNumber"/> of the completion; <see cref="int.MinValue"/> when none.</summary>
    public int CompletedOn { get; init; }

    public int AsOf { get; init; }

    public string UnitType { get; init; } = "";

    /// <summary>Year × 12 + month − 1, so that period ranges are integer comparisons.</summary>
    public int PeriodIndex { get; init; }
}
