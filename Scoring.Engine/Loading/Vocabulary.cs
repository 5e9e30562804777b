using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>The words the rule file uses for enumerations, and what they mean in the model.</summary>
internal static class Vocabulary
{
    public static readonly Dictionary<string, IndicatorKind> Kinds = new()
    {
        ["ratio"] = IndicatorKind.Ratio,
        ["count"] = IndicatorKind.Count,
        ["percentage"] = IndicatorKind.Percentage,
        ["yesNo"] = IndicatorKind.YesNo,
        ["task"] = IndicatorKind.Task,
    };

    public static readonly Dictionary<string, Direction> Directions = new()
    {
        ["higherIsBetter"] = Direction.HigherIsBetter,
        ["lowerIsBetter"] = Direction.LowerIsBetter,
    };

    public static readonly Dictionary<string, Boundary> Boundaries = new()
    {
        ["inclusive"] = Boundary.Inclusive,
        ["exclusive"] = Boundary.Exclusive,
    };

    public static readonly Dictionary<string, ThresholdBasis> Bases = new()
    {
        ["official"] = ThresholdBasis.Official,
        ["adopted"] = ThresholdBasis.Adopted,
        ["proposed"] = ThresholdBasis.Proposed,
    };

    public static readonly Dictionary<string, CriterionGroup> Groups = new()
    {
        ["common"] = CriterionGroup.Common,
        ["specific"] = CriterionGroup.Specific,
    };

    public static readonly Dictionary<string, UnitType> UnitTypes = new()
    {
        ["phuong"] = UnitType.Phuong,
        ["xa"] = UnitType.Xa,
        ["dac_khu"] = UnitType.DacKhu,
    };

    public static readonly Dictionary<string, MissingValueStrategy> MissingStrategies = new()
    {
        ["noData"] = MissingValueStrategy.NoData,
        ["red"] = MissingValueStrategy.Red,
        ["carryForward"] = MissingValueStrategy.CarryForward,
        ["holdState"] = MissingValueStrategy.HoldState,
    };

    public static readonly Dictionary<string, AccumulationWindow> Windows = new()
    {
        ["yearToDate"] = AccumulationWindow.YearToDate,
        ["rolling12"] = AccumulationWindow.Rolling12,
    };

    /// <summary>A golden case's expected result, in the words ratings are stored and served in.</summary>
    public static readonly Dictionary<string, (Outcome Outcome, Rating? Rating)> Results =
        RatingColours.CriterionValues.ToDictionary(c => c.Spelling(), c => (c.OutcomeOf(), c.AsRating()));

    public static readonly Dictionary<string, Model.TaskProgress> TaskStates = new()
    {
        ["done"] = Model.TaskProgress.Done,
        ["inProgress"] = Model.TaskProgress.InProgress,
        ["notStarted"] = Model.TaskProgress.NotStarted,
    };

    public const string CriticalShare = "criticalShare";
    public const string Points = "points";

    public static string[] Names<T>(Dictionary<string, T> vocabulary) => [.. vocabulary.Keys];

    public static bool IsNumeric(IndicatorKind kind) => kind is IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage;

    public static bool IsPercent(IndicatorKind kind) => kind is IndicatorKind.Ratio or IndicatorKind.Percentage;
}
