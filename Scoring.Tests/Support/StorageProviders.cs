using DashboardKpi.Ingest.Jobs.Storage;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>The fixture source for repository tests: each fixture runs once per provider.</summary>
public static class StorageProviders
{
    public static readonly StorageProvider[] All = [StorageProvider.Sqlite, StorageProvider.SqlServer, StorageProvider.PostgreSql];
}
