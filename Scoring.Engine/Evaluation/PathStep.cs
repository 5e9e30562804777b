using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One action on a commune's path to green.</summary>
/// <param name="From">The criterion's colour now; null when it has no data yet.</param>
/// <param name="Gap">The improvement to make, with its amount and sentence.</param>
public sealed record PathStep(string CriterionCode, LocalizedText CriterionName, Rating? From, Gap Gap);
