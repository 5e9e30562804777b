using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// Where the period's units and the map's outlines differ. The outlines are those of the 168 units of 1 July 2025;
/// after a recorded re-organisation a new unit has none and an ended one's outline is not a unit of the period. The map
/// then draws only the units it has an outline for and the page names the others, rather than drawing a shape that
/// was not a unit then (a merged unit drawn as its parts, a split one as the whole).
/// </summary>
public sealed record MapCoverage(IReadOnlyList<Commune> NotDrawn, IReadOnlyList<string> LeftBlank)
{
    public bool Complete => NotDrawn.Count == 0 && LeftBlank.Count == 0;

    /// <param name="rows">The period's units (its league table).</param>
    public static MapCoverage Of(MapGeometry geometry, IReadOnlyList<LeagueRow> rows)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(rows);
        var outlined = geometry.Shapes.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var inForce = rows.Select(r => r.Commune.Code).ToHashSet(StringComparer.Ordinal);
        return new MapCoverage(
            rows.Where(r => !outlined.Contains(r.Commune.Code)).Select(r => r.Commune).OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
            outlined.Where(code => !inForce.Contains(code)).Order(StringComparer.Ordinal).ToList());
    }
}
