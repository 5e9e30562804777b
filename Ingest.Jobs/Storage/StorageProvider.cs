using System.ComponentModel;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>The three supported stores (docs/storage.md says which to choose). Chosen by configuration (<c>Storage:Provider</c>), never by code.</summary>
[TypeConverter(typeof(StorageProviderConverter))]
public enum StorageProvider
{
    /// <summary>Embedded default: one file, created on first start, no set-up.</summary>
    Sqlite,

    /// <summary>Production: several web nodes and a worker node on one database.</summary>
    SqlServer,

    /// <summary>Production, as SQL Server: several web nodes and a worker node on one database.</summary>
    PostgreSql,
}
