namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>Sentence templates from the rule file; placeholders are written {name}.</summary>
public sealed record RuleSetTexts(
    LocalizedText BoundaryInclusive,
    LocalizedText BoundaryExclusive,
    LocalizedText Green,
    LocalizedText Yellow,
    LocalizedText Red,
    LocalizedText YesNoGreen,
    LocalizedText YesNoRed,
    LocalizedText TaskDone,
    LocalizedText TaskDoneLate,
    LocalizedText TaskPending,
    LocalizedText TaskOverdue,
    LocalizedText NoData,
    LocalizedText MissingIsRed,
    LocalizedText InsufficientData,
    LocalizedText Stale,
    LocalizedText GapMore,
    LocalizedText GapLess,
    LocalizedText GapYes,
    LocalizedText GapTask,
    LocalizedText GapProvideData,
    LocalizedText OverallGreen,
    LocalizedText OverallYellow,
    LocalizedText OverallRedCritical,
    LocalizedText OverallRedCount,
    LocalizedText OverallPoints,
    LocalizedText OverallNoData)
{
    /// <summary>The sentence for a rule file that has no "held" template: it was written before holdState existed.</summary>
    public static LocalizedText DefaultHeld { get; } = new("(Báo cáo kỳ {valuePeriod}, vẫn giữ nguyên.)", "(Reported for {valuePeriod}, holds.)");

    /// <summary>Appended when a held state from an earlier period is used (holdState), with {valuePeriod}.</summary>
    public LocalizedText Held { get; init; } = DefaultHeld;
}
