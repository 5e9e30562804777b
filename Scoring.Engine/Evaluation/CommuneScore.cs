using System.Text.Json.Serialization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>A commune's rating for one period, with every criterion's explanation and the path to green.</summary>
/// <param name="Overall">Null when no criterion could be rated (no data).</param>
/// <param name="Verdict">Why the commune got <paramref name="Overall"/>, as a code rather than a sentence: what "reproduce" compares.</param>
/// <param name="Score">Critical + share: the percentage of rated criteria that are green. Points: the points total.</param>
/// <param name="PathToGreen">Empty when already green; otherwise the fewest, then cheapest, improvements that make it green.</param>
/// <param name="Population">
/// The population per-capita indicators were computed with; null when the rule set has none (and then not written at all,
/// so results of rule sets without them keep their bytes) or when the unit's population was not known.
/// </param>
/// <param name="Stability">
/// Only for a rule set with a stability rule: the overall colour before the overall's rule, what that rule decided, and
/// the earlier colours the rating used (pinned, so that reproducing it uses them). Null otherwise and then not written.
/// </param>
public sealed record CommuneScore(
    string CommuneCode,
    Period Period,
    DateOnly AsOf,
    Rating? Overall,
    Verdict Verdict,
    decimal? Score,
    LocalizedText Reason,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<PathStep> PathToGreen,
    string RuleSetId,
    int RuleSetVersion,
    string RuleSetSha256,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReferencePopulation? Population = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ScoreStability? Stability = null)
{
    public int Count(Rating rating) => Criteria.Count(c => c.Rating == rating);
}

/// <summary>A rating's stability facts: the raw overall colour, the overall rule's decision (null without one) and the earlier colours used.</summary>
public sealed record ScoreStability(Rating? RawOverall, ColourStability? Overall, EarlierColours Earlier);
