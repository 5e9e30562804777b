namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>A stored set of map outlines (table Boundary): the GeoJSON FeatureCollection as text, and its hash for HTTP caching.</summary>
public sealed record MapOutline
{
    public const string Communes168 = "communes-168";

    public required string Name { get; init; }
    public required string Sha256 { get; init; }
    public required string GeoJson { get; init; }
    public DateTimeOffset LoadedAt { get; init; }
}
