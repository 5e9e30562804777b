namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>The import pipeline, rescore and reproduction of <see cref="RescoreAndReproduceTests"/>, on PostgreSQL.</summary>
public sealed class PostgreSqlRescoreAndReproduceTests : RescoreAndReproduceTests
{
    private protected override Task<IReadOnlyDictionary<string, string?>> StorageSettingsAsync() => PostgreSqlSettingsAsync();
}
