using DashboardKpi.Scoring.Engine;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// The rule file this release ships (the embedded ScoringRules.json). A seam, registered once in DI, so that tests
/// can start an installation with a newer shipped file than the one at the repository root.
/// </summary>
public sealed class ShippedRuleFile(string text)
{
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    public static ShippedRuleFile Embedded() => new(ShippedRules.ReadText());
}
