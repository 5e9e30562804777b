namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Which {placeholders} each sentence template may use; anything else is a validation error.</summary>
internal static class TemplatePlaceholders
{
    public static readonly string[] Action = ["missing", "unit", "target", "deadline"];

    public static readonly Dictionary<string, string[]> Texts = new()
    {
        ["boundaryInclusive"] = [],
        ["boundaryExclusive"] = [],
        ["green"] = ["value", "green", "yellow", "boundary"],
        ["yellow"] = ["value", "green", "yellow", "boundary"],
        ["red"] = ["value", "green", "yellow", "boundary"],
        ["yesNoGreen"] = ["value"],
        ["yesNoRed"] = ["value"],
        ["taskDone"] = ["doneOn", "deadline", "status"],
        ["taskDoneLate"] = ["doneOn", "deadline", "status"],
        ["taskPending"] = ["doneOn", "deadline", "status"],
        ["taskOverdue"] = ["doneOn", "deadline", "status"],
        ["noData"] = ["period"],
        ["missingIsRed"] = ["period"],
        ["insufficientData"] = ["whole", "unit", "minDenominator"],
        ["stale"] = ["valuePeriod"],
        ["held"] = ["valuePeriod"],
        ["gapMore"] = ["missing", "unit", "target"],
        ["gapLess"] = ["missing", "unit", "target"],
        ["gapYes"] = ["target"],
        ["gapTask"] = ["deadline", "target"],
        ["gapProvideData"] = ["target"],
        ["overallGreen"] = ["greenCount", "ratedCount", "greenShare", "requiredShare", "criticalNotGreen", "redCount"],
        ["overallYellow"] = ["greenCount", "ratedCount", "greenShare", "requiredShare", "criticalNotGreen", "redCount"],
        ["overallRedCritical"] = ["codes"],
        ["overallRedCount"] = ["redCount", "redLimit"],
        ["overallPoints"] = ["rating", "points", "totalPoints", "greenBand", "yellowBand"],
        ["overallNoData"] = ["period"],
    };
}
