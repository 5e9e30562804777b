namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>The rule file's sentence templates by JSON key, so validation and mapping walk one list.</summary>
internal static class TextsEntries
{
    public static IEnumerable<(string Key, LocalizedTextDocument? Text)> Of(TextsDocument texts) =>
    [
        ("boundaryInclusive", texts.BoundaryInclusive),
        ("boundaryExclusive", texts.BoundaryExclusive),
        ("green", texts.Green),
        ("yellow", texts.Yellow),
        ("red", texts.Red),
        ("yesNoGreen", texts.YesNoGreen),
        ("yesNoRed", texts.YesNoRed),
        ("taskDone", texts.TaskDone),
        ("taskDoneLate", texts.TaskDoneLate),
        ("taskPending", texts.TaskPending),
        ("taskOverdue", texts.TaskOverdue),
        ("noData", texts.NoData),
        ("missingIsRed", texts.MissingIsRed),
        ("insufficientData", texts.InsufficientData),
        ("stale", texts.Stale),
        ("gapMore", texts.GapMore),
        ("gapLess", texts.GapLess),
        ("gapYes", texts.GapYes),
        ("gapTask", texts.GapTask),
        ("gapProvideData", texts.GapProvideData),
        ("overallGreen", texts.OverallGreen),
        ("overallYellow", texts.OverallYellow),
        ("overallRedCritical", texts.OverallRedCritical),
        ("overallRedCount", texts.OverallRedCount),
        ("overallPoints", texts.OverallPoints),
        ("overallNoData", texts.OverallNoData),
    ];
}
