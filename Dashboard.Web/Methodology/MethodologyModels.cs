using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Methodology;

// The Methodology page and GET /api/v1/methodology show the same content: these records, every text in {vi, en}.

/// <summary>How the published rule set in force for a period rates a commune, criterion by criterion.</summary>
public sealed record MethodologyDto(
    Period Period, string RuleSetId, int RuleSetVersion, Period EffectiveFrom, string Sha256, LocalizedText Title,
    LocalizedText Boundary, OverallMethodDto Overall, IReadOnlyList<MethodCriterionDto> Criteria);

/// <summary>The overall colour: the method in words, its parameters, and where it comes from.</summary>
public sealed record OverallMethodDto(
    string Method, LocalizedText Description, IReadOnlyList<string> Critical, int? RedCriteriaForRed, decimal? GreenSharePercent,
    int? UnratedAllowance, decimal? TotalPoints, decimal? GreenBand, decimal? YellowBand,
    string? Basis, LocalizedText? BasisName, ReferenceDto? Reference, LocalizedText? Rationale, LocalizedText? CriticalRationale);

/// <summary>A document, its date (yyyy-MM-dd; DateText dd/MM/yyyy as the city writes it) and the clause that sets a number.</summary>
public sealed record ReferenceDto(string? Document, DateOnly? Date, string? DateText, string? Clause);

/// <summary>
/// One criterion. Anchor is the page's fragment ("C7"); InForce says whether it is rated in the period; Missing and
/// MinDenominatorText put the missing-data rule and minimum denominator in words.
/// </summary>
public sealed record MethodCriterionDto(
    string Code, string Anchor, LocalizedText Name, string Group, LocalizedText GroupName, bool IsCritical, bool InForce,
    Period? EffectiveFrom, Period? EffectiveTo, LocalizedText Validity, string Plan, string? Supporting,
    MethodIndicatorDto Indicator, IReadOnlyList<MethodIndicatorDto> ContextIndicators,
    MethodThresholdDto Threshold, IReadOnlyList<MethodOverrideDto> Overrides,
    string MissingStrategy, LocalizedText Missing, decimal? MinDenominator, LocalizedText? MinDenominatorText,
    MethodChangeNoteDto? ChangeNote = null);

/// <summary>The rule file's note on this criterion: what changed against version <paramref name="From"/> and why.</summary>
public sealed record MethodChangeNoteDto(int From, LocalizedText Text);

/// <summary>An indicator and how its value is obtained ("share: part of whole", "per 1,000 residents", "accumulated…").</summary>
public sealed record MethodIndicatorDto(string Code, string Kind, LocalizedText Name, LocalizedText? Unit, LocalizedText Computation);

/// <summary>
/// The cuts (GreenText/YellowText with their comparator, DeadlineText for tasks), the basis as a word, and the reference
/// (official, adopted) or rationale (proposed) where the rule file states them; Source is always there.
/// </summary>
public sealed record MethodThresholdDto(
    string? Direction, decimal? Green, decimal? Yellow, DateOnly? Deadline, LocalizedText? GreenText, LocalizedText? YellowText,
    LocalizedText? DeadlineText, string Basis, LocalizedText BasisName, string Source, ReferenceDto? Reference, LocalizedText? Rationale);

/// <summary>A threshold for some unit types and/or periods (AppliesTo in words), with the reason it differs.</summary>
public sealed record MethodOverrideDto(
    IReadOnlyList<string> UnitTypes, Period? FromPeriod, Period? ToPeriod, LocalizedText AppliesTo, MethodThresholdDto Threshold, LocalizedText? Reason);
