using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>A commune whose overall colour a candidate rule set would change, and the criteria behind it.</summary>
/// <param name="Before">Null when not rated (no data).</param>
/// <param name="Criteria">Every criterion whose colour changed (null = no data / insufficient data).</param>
public sealed record CommuneChange(string CommuneCode, Rating? Before, Rating? After, IReadOnlyList<CriterionChange> Criteria);
