namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>Which version (hash) of an embedded reference file is loaded, and when.</summary>
public sealed record ReferenceDataset
{
    public required string Name { get; init; }
    public required string Sha256 { get; init; }
    public int ItemCount { get; init; }
    public DateTimeOffset LoadedAt { get; init; }
}
