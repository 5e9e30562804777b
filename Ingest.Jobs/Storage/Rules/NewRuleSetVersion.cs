using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Rules;

/// <summary>A draft to store. Storage does not parse the JSON; the engine validates it before it gets here.</summary>
public sealed record NewRuleSetVersion
{
    public required string RuleSetId { get; init; }
    public int Version { get; init; }
    public required string JsonText { get; init; }

    /// <summary>First period ('yyyy-MM') the version applies to once published.</summary>
    public required Period EffectiveFrom { get; init; }

    public required string Author { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
