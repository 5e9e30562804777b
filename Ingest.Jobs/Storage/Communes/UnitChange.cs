using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>
/// One link of a re-organisation after the 2025 merger: <see cref="OldCode"/> is out of force from
/// <see cref="EffectivePeriod"/> and <see cref="NewCode"/> (in force from then) took (part of) its place.
/// </summary>
public sealed record UnitChange
{
    public long Id { get; init; }

    /// <summary>The first period (yyyy-MM) the new units are in force.</summary>
    public required Period EffectivePeriod { get; init; }

    public required string OldCode { get; init; }
    public required string NewCode { get; init; }

    /// <summary>The decision behind it (e.g. the resolution's number), shown as written; optional.</summary>
    public string? Basis { get; init; }
}
