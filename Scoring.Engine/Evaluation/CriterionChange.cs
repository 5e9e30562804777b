using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One criterion's colour under the rule set in force and under the candidate; null is no colour (no or insufficient data).</summary>
public sealed record CriterionChange(string Code, Rating? Before, Rating? After);
