using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>
/// One recorded re-organisation after the 2025 merger (a merger, a split, or several at once): from
/// <see cref="Effective"/> on, the <see cref="Ended"/> units are out of force and the <see cref="Started"/> units
/// take their place. Every ended unit is linked to every started one (a merger: n to 1; a split: 1 to n).
/// </summary>
public sealed record Reorganisation(string Effective, string? Basis, IReadOnlyList<string> Ended, IReadOnlyList<Commune> Started)
{
    public IEnumerable<UnitChange> Links() =>
        Ended.SelectMany(old => Started.Select(unit => new UnitChange { EffectivePeriod = Period.Parse(Effective), OldCode = old, NewCode = unit.Code, Basis = Basis }));
}
