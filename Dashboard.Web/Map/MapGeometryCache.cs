using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// Projects the stored boundaries once. The boundary set changes only when reference data is reloaded at start-up,
/// so the geometry is rechecked (by hash, on a cheap timer) rather than per request.
/// </summary>
public sealed class MapGeometryCache(CommuneRepository communes, TimeProvider clock)
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private MapGeometry? _geometry;
    private DateTimeOffset _checkedAt;

    public async Task<MapGeometry?> GetAsync(CancellationToken ct)
    {
        if (_geometry is not null && clock.GetUtcNow() - _checkedAt < RecheckEvery)
        {
            return _geometry;
        }

        await _lock.WaitAsync(ct);
        try
        {
            if (_geometry is null || clock.GetUtcNow() - _checkedAt >= RecheckEvery)
            {
                var boundary = await communes.FindBoundaryAsync(Boundary.Communes168, ct);
                if (boundary is not null && boundary.Sha256 != _geometry?.Sha256)
                {
                    _geometry = MapProjection.Build(boundary.GeoJson, boundary.Sha256);
                }

                _checkedAt = clock.GetUtcNow();
            }

            return _geometry;
        }
        finally
        {
            _lock.Release();
        }
    }
}
