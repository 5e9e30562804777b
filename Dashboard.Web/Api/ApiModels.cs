using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>
/// A commune-level unit as the API lists it. ValidFrom and ValidTo are the first and last periods (yyyy-MM) it is in
/// force; ValidTo is null while it is. A re-organisation after 2025 ends units (listed, with their history) and starts new ones.
/// </summary>
public sealed record CommuneDto(
    string Code, string Type, string Name, string FullName, string NameEn, string FullNameEn,
    int Population, decimal AreaKm2, decimal LabelLat, decimal LabelLon, Period ValidFrom, Period? ValidTo);

/// <summary>A unit's overall colour for a period: green, yellow, red or noData.</summary>
public sealed record RatingDto(
    string CommuneCode, string FullName, RatingColour Overall, decimal? Score, string? RuleSetId, int? RuleSetVersion, DateTimeOffset? ComputedAt);

/// <summary>A period's ratings; Methodology is the address of the page that says how they were rated (its JSON: GET /api/v1/methodology).</summary>
public sealed record RatingsDto(Period Period, int Count, IReadOnlyList<RatingDto> Ratings, RescoreStatusDto Rescore, string Methodology);

/// <summary>
/// Whether the period's colours are up to date: State is upToDate, pending, running, partial or failed; when not up
/// to date, Reason (English) and ReasonVi say why and since when, as the pages do.
/// </summary>
public sealed record RescoreStatusDto(
    string State, bool UpToDate, DateTimeOffset? LastRescoredAt, long? DataSnapshotId, int FailedUnits, string? Reason, string? ReasonVi);

public sealed record GapDto(RatingColour Target, decimal? Missing, LocalizedText? Unit, LocalizedText Action);

public sealed record ValueDto(LocalizedText Text, decimal? Number, decimal? Whole, decimal? Percent, bool? Flag, string? Task, Period Period, bool IsStale);

/// <summary>Basis is official, adopted or proposed; Reference (official, adopted) and Rationale (proposed) where the rule set states them.</summary>
public sealed record ThresholdDto(
    string Direction, decimal? Green, decimal? Yellow, DateOnly? Deadline, LocalizedText? GreenText, LocalizedText? YellowText, string Basis, string Source,
    Methodology.ReferenceDto? Reference, LocalizedText? Rationale);

/// <summary>One criterion of a scorecard. Rating is green/yellow/red, noData, insufficientData or notInForce; Methodology links to its rule.</summary>
public sealed record CriterionDto(
    string Code, LocalizedText Name, string Group, bool IsCritical, RatingColour Rating, ValueDto? Value, ThresholdDto Threshold,
    IReadOnlyList<GapDto> Gaps, LocalizedText Reason, string? Source, DateTimeOffset? UpdatedAt, string Methodology);

public sealed record PathStepDto(string CriterionCode, LocalizedText CriterionName, RatingColour From, GapDto Gap);

/// <summary>Everything the commune page shows, for machines.</summary>
public sealed record ScorecardDto(
    string CommuneCode, string FullName, string FullNameEn, Period Period, RatingColour Overall, decimal? Score, LocalizedText? Reason,
    string? RuleSetId, int? RuleSetVersion, string? RuleSetSha256, DateTimeOffset? ComputedAt,
    IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<PathStepDto> PathToGreen, RescoreStatusDto Rescore, string Methodology);
