using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>A stored rule-set version. Status: draft, published or retired. Sha256 is over the stored JSON text.</summary>
public sealed record RuleVersionDto(
    string RuleSetId, int Version, string Status, Period EffectiveFrom, string Author, DateTimeOffset CreatedAt,
    string? PublishedBy, DateTimeOffset? PublishedAt, DateTimeOffset? RetiredAt, string Sha256)
{
    public static RuleVersionDto From(RuleSetVersion v) => new(
        v.RuleSetId, v.Version, v.Status, v.EffectiveFrom, v.Author, v.CreatedAt, v.PublishedBy, v.PublishedAt, v.RetiredAt, v.Sha256);
}

/// <summary>One difference: scope is a criterion code, an indicator code, "aggregation", "ruleSet" or "texts".</summary>
public sealed record RuleChangeDto(string Scope, string Field, string? Before, string? After);

/// <summary>
/// What changes from version <c>Against</c> (before) to version <c>Version</c> (after), with the after-version's change
/// notes (what changed and why, per criterion; null when its file has none; their <c>from</c> may differ from Against).
/// </summary>
public sealed record RuleDiffDto(int Version, int Against, int Count, IReadOnlyList<RuleChangeDto> Changes, ChangeNotesDto? Notes = null)
{
    public static RuleDiffDto From(int version, int against, IReadOnlyList<RuleChange> changes, RuleChangeNotes? notes = null) =>
        new(version, against, changes.Count, changes.Select(c => new RuleChangeDto(c.Scope, c.Field, c.Before, c.After)).ToList(), ChangeNotesDto.Of(notes));
}

/// <summary>A rule file's change notes against version <c>From</c>: a summary and a note per criterion code (a removed criterion's too).</summary>
public sealed record ChangeNotesDto(int From, string? SummaryVi, string? SummaryEn, IReadOnlyList<CriterionNoteDto> Criteria)
{
    public static ChangeNotesDto? Of(RuleChangeNotes? notes) => notes is null ? null : new(
        notes.From, notes.Summary?.Vi, notes.Summary?.En, notes.Criteria.Select(n => new CriterionNoteDto(n.Code, n.Text.Vi, n.Text.En)).ToList());
}

public sealed record CriterionNoteDto(string Code, string Vi, string En);

/// <summary>A validation error with its JSON path, a stable code and the message in Vietnamese and English.</summary>
public sealed record RuleSetErrorDto(string Path, string Code, string MessageVi, string MessageEn)
{
    public static IReadOnlyList<RuleSetErrorDto> From(IEnumerable<RuleSetError> errors) =>
        errors.Select(e => new RuleSetErrorDto(e.Path, e.Code, e.MessageVi, e.MessageEn)).ToList();
}

/// <summary>
/// The candidate rule set: either the full JSON text (<c>ruleSetJson</c>) or a stored version number (<c>version</c>),
/// not both. Periods are yyyy-MM; the latest three rated periods when omitted (at most 24).
/// </summary>
public sealed record SimulateRequest(string? RuleSetJson, int? Version, IReadOnlyList<string?>? Periods);

/// <summary>Overall colours of the 168 units; notRated had no data for the period.</summary>
public sealed record RatingCountsDto(int Green, int Yellow, int Red, int NotRated)
{
    public static RatingCountsDto From(RatingCounts c) => new(c.Green, c.Yellow, c.Red, c.NotRated);
}

/// <summary>A criterion whose colour changes; noData stands for no colour (no or insufficient data).</summary>
public sealed record CriterionChangeDto(string Code, RatingColour Before, RatingColour After);

public sealed record CommuneChangeDto(string CommuneCode, string FullName, RatingColour Before, RatingColour After, IReadOnlyList<CriterionChangeDto> Criteria);

/// <param name="Held">Only when the candidate has a stability rule: units whose published colour differs from the colour without it.</param>
public sealed record SimulationPeriodDto(
    Period Period, RatingCountsDto Before, RatingCountsDto After, int ChangedCount, IReadOnlyList<CommuneChangeDto> Changed,
    IReadOnlyList<StabilityHoldDto>? Held = null);

/// <summary>A unit whose colour the candidate's stability rule keeps: its colour without the rule and the one published.</summary>
public sealed record StabilityHoldDto(string CommuneCode, RatingColour WithoutStability, RatingColour Published);

/// <summary>A what-if: the candidate next to the rules in force for each period. Nothing is stored or published.</summary>
public sealed record SimulationDto(string RuleSetId, int RuleSetVersion, IReadOnlyList<SimulationPeriodDto> Periods)
{
    public static SimulationDto From(WhatIfQueries.Simulation s) => new(s.Candidate.Id, s.Candidate.Version, s.Periods.Select(p => new SimulationPeriodDto(
        p.Period, RatingCountsDto.From(p.Before), RatingCountsDto.From(p.After), p.Changed.Count,
        p.Changed.Select(c => new CommuneChangeDto(
            c.CommuneCode,
            s.Communes.TryGetValue(c.CommuneCode, out var commune) ? commune.FullName : c.CommuneCode,
            RatingColours.Of(c.Before),
            RatingColours.Of(c.After),
            c.Criteria.Select(k => new CriterionChangeDto(k.Code, RatingColours.Of(k.Before), RatingColours.Of(k.After))).ToList())).ToList(),
        p.Held?.Select(h => new StabilityHoldDto(h.CommuneCode, RatingColours.Of(h.WithoutStability), RatingColours.Of(h.Published))).ToList())).ToList());
}

/// <summary>A rescoring job: Hangfire state and progress (periods done of total).</summary>
public sealed record RescoreJobDto(string JobId, string State, int? Done, int? Total, bool Finished, bool Failed)
{
    public static RescoreJobDto From(RescoreProgress.Status s) => new(s.JobId, s.State, s.Done, s.Total, s.Finished, s.Failed);
}

/// <summary>
/// Publishing asks for this. effectiveFrom (yyyy-MM, optional): the period the version is in force from, the draft's
/// own when omitted and never earlier; republishHistory must be true when it is before the current month.
/// </summary>
public sealed record PublishRequest(bool RepublishHistory, string? EffectiveFrom = null);

/// <summary>Published (with the rescoring job and its periods) or refused with the errors, failing cases or reason.</summary>
public sealed record PublishResultDto(
    bool Published, int Version, string? RescoreJobId, IReadOnlyList<Period> RescoredPeriods, string? RefusalVi, string? RefusalEn,
    IReadOnlyList<RuleSetErrorDto> Errors, IReadOnlyList<string> FailingCases)
{
    public static PublishResultDto From(int version, PublishResult r) => new(
        r.Published, version, r.RescoreJobId, r.RescoredPeriods, r.RefusalVi, r.RefusalEn, RuleSetErrorDto.From(r.Errors), r.FailingCases.Select(c => c.Name).ToList());
}

/// <summary>
/// A stored rating recomputed from its pinned rule-set version and data snapshot. Identical means every fact is equal
/// (each criterion's colour, value, threshold, override, amounts and points; the overall colour, reason code and
/// score); otherwise differences names each fact that differs (English; differencesVi in Vietnamese). wordingChanged:
/// identical facts, but the sentences are written differently than by storedAppVersion (wordingNote/wordingNoteVi say
/// so; null otherwise).
/// </summary>
public sealed record ReproductionDto(
    string CommuneCode, Period Period, bool Identical, string Verdict, string VerdictVi, IReadOnlyList<string> Differences, IReadOnlyList<string> DifferencesVi,
    bool WordingChanged, string? WordingNote, string? WordingNoteVi,
    string RuleSetId, int RuleSetVersion, string? RuleSetSha256, long DataSnapshotId, long RatingSnapshotId, string StoredAppVersion, string CurrentAppVersion);
