using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Rules;

/// <summary>A stored rule-set version. Sha256 is over the UTF-8 bytes of JsonText exactly as stored.</summary>
public sealed record RuleSetVersion
{
    public long Id { get; init; }
    public required string RuleSetId { get; init; }
    public int Version { get; init; }
    public required string Sha256 { get; init; }
    public required string JsonText { get; init; }
    public required Period EffectiveFrom { get; init; }
    public required string Status { get; init; }
    public required string Author { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? PublishedBy { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }
}
