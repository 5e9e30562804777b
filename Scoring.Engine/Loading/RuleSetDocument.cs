using System.Text.Json.Serialization;

namespace DashboardKpi.Scoring.Engine.Loading;

// The JSON shape of ScoringRules.json, exactly as written by analysts. Everything is nullable here on
// purpose: a missing field must become a validation error with a JSON path, never a crash while reading.
// The validated, immutable model lives in Model/; RuleSetMapper turns one into the other.

public sealed class RuleSetDocument
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string? Id { get; set; }
    public int? Version { get; set; }
    public string? EffectiveFrom { get; set; }
    public LocalizedTextDocument? Title { get; set; }
    public LocalizedTextDocument? Description { get; set; }
    /// <summary>"inclusive": a value exactly at a cut earns the better colour; "exclusive": it must pass the cut.</summary>
    public string? Boundary { get; set; }
    public AggregationDocument? Aggregation { get; set; }
    public TextsDocument? Texts { get; set; }
    public List<IndicatorDocument>? Indicators { get; set; }
    public List<CriterionDocument>? Criteria { get; set; }
    /// <summary>Golden cases the rule set must pass: inputs and the colours and gaps expected of them.</summary>
    public List<GoldenCaseDocument>? Cases { get; set; }
    /// <summary>Optional: what changed against an earlier version and why, per criterion.</summary>
    public ChangeNotesDocument? Changes { get; set; }
    /// <summary>Optional: the league table's peer groups (population bands, minimum group size); a proposed default when absent.</summary>
    public PeerGroupsDocument? PeerGroups { get; set; }
}

public sealed class PeerGroupsDocument
{
    /// <summary>Ascending lower bounds (residents) of every population band after the first, e.g. [50000, 100000].</summary>
    public List<int>? PopulationBands { get; set; }
    /// <summary>A group with fewer units is ranked in a wider group.</summary>
    public int? MinGroupSize { get; set; }
    public LocalizedTextDocument? Rationale { get; set; }
}

/// <summary>Optional stability rule of a criterion or of the overall colour; at least one of its two conditions.</summary>
public sealed class StabilityDocument
{
    /// <summary>2 to 12: the colour changes only once the new colour has held this many consecutive periods.</summary>
    public int? HoldPeriods { get; set; }
    /// <summary>Numeric criteria only: the colour changes at once when the value is this far past the cut (the cut's unit).</summary>
    public decimal? DeadBand { get; set; }
    /// <summary>Why the rule is on; required to publish.</summary>
    public LocalizedTextDocument? Rationale { get; set; }
}

public sealed class GoldenCaseDocument
{
    public string? Name { get; set; }
    /// <summary>"phuong", "xa" or "dac_khu".</summary>
    public string? UnitType { get; set; }
    public string? Period { get; set; }
    /// <summary>yyyy-MM-dd; defaults to the period's last day.</summary>
    public string? AsOf { get; set; }
    public List<GoldenValueDocument>? Values { get; set; }
    /// <summary>The unit's population, for per-capita indicators; absent = not known.</summary>
    public decimal? Population { get; set; }
    public GoldenExpectationDocument? Expect { get; set; }
}

public sealed class GoldenValueDocument
{
    public string? Indicator { get; set; }
    /// <summary>yyyy-MM; defaults to the case's period (an earlier one tests carry-forward).</summary>
    public string? Period { get; set; }
    public decimal? Part { get; set; }
    public decimal? Whole { get; set; }
    public decimal? Number { get; set; }
    public bool? Flag { get; set; }
    /// <summary>"done", "inProgress" or "notStarted".</summary>
    public string? Task { get; set; }
    public string? CompletedOn { get; set; }
}

public sealed class GoldenExpectationDocument
{
    /// <summary>"green", "yellow", "red" or "noData".</summary>
    public string? Overall { get; set; }
    public List<GoldenCriterionDocument>? Criteria { get; set; }
}

public sealed class GoldenCriterionDocument
{
    public string? Code { get; set; }
    /// <summary>"green", "yellow", "red", "noData" or "insufficientData".</summary>
    public string? Rating { get; set; }
    public decimal? GapToYellow { get; set; }
    public decimal? GapToGreen { get; set; }
}

public sealed class LocalizedTextDocument
{
    public string? Vi { get; set; }
    public string? En { get; set; }
}

public sealed class AggregationDocument
{
    /// <summary>"criticalShare" or "points".</summary>
    public string? Method { get; set; }
    /// <summary>"official", "adopted" or "proposed": where the method and its parameters come from.</summary>
    public string? Basis { get; set; }
    public ReferenceDocument? Reference { get; set; }
    /// <summary>Why this method and these parameters.</summary>
    public LocalizedTextDocument? Rationale { get; set; }
    public CriticalShareDocument? CriticalShare { get; set; }
    public PointsAggregationDocument? Points { get; set; }
    /// <summary>Optional: hold the overall colour until a change has lasted (holdPeriods only).</summary>
    public StabilityDocument? Stability { get; set; }
}

public sealed class CriticalShareDocument
{
    public List<string>? Critical { get; set; }
    /// <summary>K: the overall rating is red when at least this many criteria are red.</summary>
    public int? RedCriteriaForRed { get; set; }
    /// <summary>P: green needs at least this share (0–100) of rated criteria green.</summary>
    public decimal? GreenSharePercent { get; set; }
    /// <summary>How many criteria may lack a colour before each further one counts as not green in the share; absent: left out.</summary>
    public int? UnratedAllowance { get; set; }
    /// <summary>Why these criteria are critical.</summary>
    public LocalizedTextDocument? CriticalRationale { get; set; }
}

/// <summary>The document, date and clause a number comes from.</summary>
public sealed class ReferenceDocument
{
    /// <summary>e.g. "Quyết định 942/QĐ-TTg".</summary>
    public string? Document { get; set; }
    /// <summary>yyyy-MM-dd.</summary>
    public string? Date { get; set; }
    /// <summary>e.g. "Điều 1, mục III.2".</summary>
    public string? Clause { get; set; }
}

public sealed class PointsAggregationDocument
{
    public decimal? TotalPoints { get; set; }
    public PointsBandsDocument? Bands { get; set; }
}

public sealed class PointsBandsDocument
{
    public decimal? Green { get; set; }
    public decimal? Yellow { get; set; }
}

public sealed class IndicatorDocument
{
    public string? Code { get; set; }
    /// <summary>"ratio", "count", "percentage", "yesNo" or "task".</summary>
    public string? Kind { get; set; }
    public LocalizedTextDocument? Name { get; set; }
    /// <summary>Countable unit of the value (ratio: of the part; count: of the count), e.g. "máy tính" / "computers".</summary>
    public LocalizedTextDocument? Unit { get; set; }
    /// <summary>Largest plausible value (count) or whole (ratio); ingest quarantines anything above it.</summary>
    public decimal? SaneMax { get; set; }
    /// <summary>Ratio only: computed from two count indicators the commune reports, never reported itself.</summary>
    public ShareDocument? Share { get; set; }
    /// <summary>Count or ratio: summed over months of another indicator, never reported itself.</summary>
    public AccumulateDocument? Accumulate { get; set; }
    /// <summary>Count only: computed from a count the commune reports and its population, never reported itself.</summary>
    public PerCapitaDocument? PerCapita { get; set; }
}

public sealed class PerCapitaDocument
{
    /// <summary>The count indicator the commune reports, e.g. "OVERDUE_DOSSIERS".</summary>
    public string? Of { get; set; }
    /// <summary>Per how many residents: a power of ten from 1 to 100,000, e.g. 1000.</summary>
    public int? Per { get; set; }
}

public sealed class AccumulateDocument
{
    /// <summary>The monthly count or ratio indicator that is summed, e.g. "TRAINED_MONTHLY".</summary>
    public string? Of { get; set; }
    /// <summary>"yearToDate" (January through the rated month) or "rolling12" (the 12 months ending at it).</summary>
    public string? Over { get; set; }
}

public sealed class ShareDocument
{
    /// <summary>The count indicator that is the part, e.g. "OVERDUE_DOSSIERS".</summary>
    public string? Part { get; set; }
    /// <summary>The count indicator that is the whole, e.g. "DOSSIERS_RESOLVED".</summary>
    public string? Whole { get; set; }
}

public sealed class CriterionDocument
{
    public string? Code { get; set; }
    /// <summary>"common" (nhiệm vụ chung) or "specific" (nhiệm vụ cụ thể).</summary>
    public string? Group { get; set; }
    public LocalizedTextDocument? Name { get; set; }
    public LegalReferenceDocument? LegalReference { get; set; }
    /// <summary>The indicator that is rated.</summary>
    public string? Indicator { get; set; }
    /// <summary>Indicators shown beside the rated one to explain it (e.g. resolved and in-progress dossiers), never rated.</summary>
    public List<string>? ContextIndicators { get; set; }
    public ThresholdDocument? Threshold { get; set; }
    public List<ThresholdOverrideDocument>? Overrides { get; set; }
    /// <summary>Ratio indicators only: below this whole the criterion is "insufficient data", not red.</summary>
    public decimal? MinDenominator { get; set; }
    public MissingValueDocument? Missing { get; set; }
    public CriterionPointsDocument? Points { get; set; }
    /// <summary>The concrete action to close a gap, e.g. "Update antivirus on {missing} more {unit} to reach {target}".</summary>
    public LocalizedTextDocument? Action { get; set; }
    /// <summary>First period (yyyy-MM) the criterion is rated in; absent means since the rule set took effect.</summary>
    public string? EffectiveFrom { get; set; }
    /// <summary>Last period (yyyy-MM, inclusive) the criterion is rated in; absent means open-ended.</summary>
    public string? EffectiveTo { get; set; }
    /// <summary>Optional: hold the published colour until a change has lasted or is past the cut by a dead band.</summary>
    public StabilityDocument? Stability { get; set; }
}

public sealed class LegalReferenceDocument
{
    /// <summary>The Plan 02 item, e.g. "Kế hoạch 02-KH/BCĐTW, nhiệm vụ chung 7".</summary>
    public string? Plan { get; set; }
    /// <summary>The decision a number comes from, where one does.</summary>
    public string? Supporting { get; set; }
}

/// <summary>
/// The cuts and where they come from, written alike in a criterion's threshold and in each of its overrides, so that an
/// override reads as the threshold it replaces. Read only: no document is written back, so property order is free.
/// </summary>
public abstract class ThresholdCutsDocument
{
    public decimal? Green { get; set; }
    public decimal? Yellow { get; set; }
    /// <summary>Task kind: the deadline (yyyy-MM-dd) the task is rated against.</summary>
    public string? Deadline { get; set; }
    /// <summary>"official", "adopted" or "proposed".</summary>
    public string? Basis { get; set; }
    public string? Source { get; set; }
    /// <summary>Official and adopted: the document, date and clause the number comes from.</summary>
    public ReferenceDocument? Reference { get; set; }
    /// <summary>Proposed: one sentence on why this number.</summary>
    public LocalizedTextDocument? Rationale { get; set; }
}

public sealed class ThresholdDocument : ThresholdCutsDocument
{
    /// <summary>"higherIsBetter" or "lowerIsBetter" (numeric kinds only).</summary>
    public string? Direction { get; set; }
}

/// <summary>
/// A threshold for some unit types or periods. Reference and rationale are inherited from the default threshold unless
/// the override sets its own basis.
/// </summary>
public sealed class ThresholdOverrideDocument : ThresholdCutsDocument
{
    /// <summary>"phuong", "xa", "dac_khu"; absent means every type.</summary>
    public List<string>? UnitTypes { get; set; }
    /// <summary>First period (yyyy-MM) the override applies to; absent means since always.</summary>
    public string? FromPeriod { get; set; }
    /// <summary>Last period (yyyy-MM) the override applies to; absent means open-ended.</summary>
    public string? ToPeriod { get; set; }
    public LocalizedTextDocument? Reason { get; set; }
}

public sealed class MissingValueDocument
{
    /// <summary>"noData", "red", "carryForward" or "holdState" (tasks and yes/no only).</summary>
    public string? Strategy { get; set; }
    /// <summary>carryForward only: how many earlier periods may be carried.</summary>
    public int? Periods { get; set; }
    /// <summary>carryForward only: carry values from earlier months of the same calendar year only.</summary>
    public bool? WithinYear { get; set; }
}

public sealed class CriterionPointsDocument
{
    public decimal? MaxPoints { get; set; }
    /// <summary>The value (in the indicator's unit; percent for ratios) at which the full points are earned.</summary>
    public decimal? FullScoreAt { get; set; }
}

public sealed class TextsDocument
{
    public LocalizedTextDocument? BoundaryInclusive { get; set; }
    public LocalizedTextDocument? BoundaryExclusive { get; set; }
    public LocalizedTextDocument? Green { get; set; }
    public LocalizedTextDocument? Yellow { get; set; }
    public LocalizedTextDocument? Red { get; set; }
    public LocalizedTextDocument? YesNoGreen { get; set; }
    public LocalizedTextDocument? YesNoRed { get; set; }
    public LocalizedTextDocument? TaskDone { get; set; }
    public LocalizedTextDocument? TaskDoneLate { get; set; }
    public LocalizedTextDocument? TaskPending { get; set; }
    public LocalizedTextDocument? TaskOverdue { get; set; }
    public LocalizedTextDocument? NoData { get; set; }
    public LocalizedTextDocument? MissingIsRed { get; set; }
    public LocalizedTextDocument? InsufficientData { get; set; }
    public LocalizedTextDocument? Stale { get; set; }
    /// <summary>Optional: appended when a held state (holdState) from an earlier period is used; a built-in sentence otherwise.</summary>
    public LocalizedTextDocument? Held { get; set; }
    public LocalizedTextDocument? GapMore { get; set; }
    public LocalizedTextDocument? GapLess { get; set; }
    public LocalizedTextDocument? GapYes { get; set; }
    public LocalizedTextDocument? GapTask { get; set; }
    public LocalizedTextDocument? GapProvideData { get; set; }
    public LocalizedTextDocument? OverallGreen { get; set; }
    public LocalizedTextDocument? OverallYellow { get; set; }
    public LocalizedTextDocument? OverallRedCritical { get; set; }
    public LocalizedTextDocument? OverallRedCount { get; set; }
    public LocalizedTextDocument? OverallPoints { get; set; }
    public LocalizedTextDocument? OverallNoData { get; set; }
}
