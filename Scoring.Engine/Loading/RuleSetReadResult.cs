using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>A rule set, or every error that prevented it. Never both.</summary>
public sealed record RuleSetReadResult(RuleSet? RuleSet, IReadOnlyList<RuleSetError> Errors)
{
    public bool IsValid => RuleSet is not null;
}
