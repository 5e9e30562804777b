using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One period of a what-if comparison.</summary>
/// <param name="Before">Overall colours under the rule set in force.</param>
/// <param name="After">Overall colours under the candidate.</param>
/// <param name="Changed">Communes whose overall colour differs, in input order, each with the criteria whose colour changed.</param>
public sealed record WhatIfPeriod(Period Period, RatingCounts Before, RatingCounts After, IReadOnlyList<CommuneChange> Changed);
