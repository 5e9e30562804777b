using System.Text.Json.Serialization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One criterion's result with everything needed to explain it to a ward chair.</summary>
/// <param name="Rating">Null unless <paramref name="Outcome"/> is <see cref="Outcome.Rated"/>.</param>
/// <param name="Value">Null when nothing was reported (or carried).</param>
/// <param name="Gaps">One per better colour, nearest first: red → [yellow, green]; yellow → [green].</param>
/// <param name="Reason">Why this colour, as a sentence.</param>
/// <param name="Context">The context indicators' values for the period, as reported.</param>
/// <param name="Points">Points earned, under the points aggregation only.</param>
/// <param name="Effort">Relative effort to reach green, 0 (there) to 1 (from nothing); orders the path to green.</param>
/// <param name="Stability">
/// Only for a criterion with a stability rule: the raw colour, the published one (<paramref name="Rating"/>) and why.
/// Null otherwise, and then not written at all, so results of rule sets without the rule keep their bytes.
/// </param>
public sealed record CriterionResult(
    string Code,
    CriterionGroup Group,
    LocalizedText Name,
    IndicatorKind Kind,
    bool IsCritical,
    Outcome Outcome,
    Rating? Rating,
    MeasuredValue? Value,
    AppliedThreshold Threshold,
    IReadOnlyList<Gap> Gaps,
    LocalizedText Reason,
    IReadOnlyList<IndicatorValue> Context,
    decimal? Points,
    decimal Effort,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ColourStability? Stability = null)
{
    public bool IsStale => Value?.IsStale == true;

    public Gap? GapTo(Rating target) => Gaps.FirstOrDefault(g => g.Target == target);
}
