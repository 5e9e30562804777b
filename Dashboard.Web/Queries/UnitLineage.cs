using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// A unit's place in the recorded re-organisations after the 2025 merger: the units it was formed from and the units
/// that succeeded it, each with the first period of the new units. Both empty for a unit no change touched.
/// </summary>
public sealed record UnitLineage(IReadOnlyList<UnitLineage.Link> FormedFrom, IReadOnlyList<UnitLineage.Link> SucceededBy)
{
    public sealed record Link(Commune Unit, Period EffectivePeriod, string? Basis);

    public static UnitLineage None { get; } = new([], []);

    public static UnitLineage Of(string code, IReadOnlyList<UnitChange> changes, IReadOnlyList<Commune> communes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var byCode = communes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Link? ToLink(string other, UnitChange change) =>
            byCode.TryGetValue(other, out var unit) ? new Link(unit, change.EffectivePeriod, change.Basis) : null;
        return new UnitLineage(
            changes.Where(c => c.NewCode == code).Select(c => ToLink(c.OldCode, c)).OfType<Link>().ToList(),
            changes.Where(c => c.OldCode == code).Select(c => ToLink(c.NewCode, c)).OfType<Link>().ToList());
    }
}
