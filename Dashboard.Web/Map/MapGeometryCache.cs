using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// The stored boundaries, projected once and cached with everything else (<see cref="PageCache"/>): reloading
/// reference data moves the data-version stamp like any other write that changes what pages show.
/// </summary>
public sealed class MapGeometryCache(CommuneRepository communes, PageCache cache)
{
    public Task<MapGeometry?> GetAsync(CancellationToken ct) =>
        cache.GetOrCreateAsync("map-geometry", async fillCt =>
            await communes.FindBoundaryAsync(MapOutline.Communes168, fillCt) is { } boundary ? MapProjection.Build(boundary.GeoJson, boundary.Sha256) : null, ct);
}
