using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One period of a what-if comparison.</summary>
/// <param name="Before">Overall colours under the rule set in force.</param>
/// <param name="After">Overall colours under the candidate.</param>
/// <param name="Changed">Communes whose overall colour differs, in input order, each with the criteria whose colour changed.</param>
public sealed record WhatIfPeriod(Period Period, RatingCounts Before, RatingCounts After, IReadOnlyList<CommuneChange> Changed)
{
    /// <summary>
    /// Only when the candidate has a stability rule: the units whose published overall colour under it differs from the
    /// colour without the rule (held, or changed by less), in input order. Null when the candidate has none.
    /// </summary>
    public IReadOnlyList<StabilityHold>? Held { get; init; }
}

/// <summary>A unit whose colour a stability rule kept: what it would be without the rule, and what is published.</summary>
public sealed record StabilityHold(string CommuneCode, Rating? WithoutStability, Rating? Published);
