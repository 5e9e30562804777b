namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>What is known when a run starts: where the data comes from and the hash of its content.</summary>
public sealed record NewIngestRun
{
    public required string Source { get; init; }

    /// <summary>The dropped file's name; null for an API pull.</summary>
    public string? FileName { get; init; }

    /// <summary>Lower-case hex SHA-256 of the raw content (see Sha256Hex).</summary>
    public required string Sha256 { get; init; }

    /// <summary>User name or job id that started the run.</summary>
    public string? TriggeredBy { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The first lease of the run (see <see cref="IngestRun.LeaseExpiresAt"/>): its start plus the lease length.</summary>
    public required DateTimeOffset LeaseExpiresAt { get; init; }
}
