using System.Data.Common;
using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>
/// Writes the reference data. Each dataset is written together with its <see cref="ReferenceDataset"/> marker in
/// one transaction, so a crash half-way leaves the old hash and the next start simply loads again.
/// </summary>
public sealed class ReferenceDataRepository(DbConnectionFactory connections)
{
    private const string FindDatasetSql = "SELECT Name, Sha256, ItemCount, LoadedAt FROM ReferenceDataset WHERE Name = @Name";

    public async Task<ReferenceDataset?> FindDatasetAsync(string name, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ReferenceDataset>(new CommandDefinition(FindDatasetSql, new { Name = name }, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    private const string UpsertCommuneSqlite = """
        INSERT INTO Commune (Code, Type, TypeVi, Name, FullName, FullNameAlt, NameEn, FullNameEn, CodeName, AreaKm2, Population, LabelLat, LabelLon, AdminCenterVi, DataNote)
        VALUES (@Code, @Type, @TypeVi, @Name, @FullName, @FullNameAlt, @NameEn, @FullNameEn, @CodeName, @AreaKm2, @Population, @LabelLat, @LabelLon, @AdminCenterVi, @DataNote)
        ON CONFLICT (Code) DO UPDATE SET
            Type = excluded.Type, TypeVi = excluded.TypeVi, Name = excluded.Name, FullName = excluded.FullName,
            FullNameAlt = excluded.FullNameAlt, NameEn = excluded.NameEn, FullNameEn = excluded.FullNameEn,
            CodeName = excluded.CodeName, AreaKm2 = excluded.AreaKm2, Population = excluded.Population,
            LabelLat = excluded.LabelLat, LabelLon = excluded.LabelLon, AdminCenterVi = excluded.AdminCenterVi, DataNote = excluded.DataNote;
        """;

    private const string UpsertCommuneSqlServer = """
        MERGE dbo.Commune WITH (HOLDLOCK) AS target
        USING (SELECT @Code AS Code) AS source ON target.Code = source.Code
        WHEN MATCHED THEN UPDATE SET
            Type = @Type, TypeVi = @TypeVi, Name = @Name, FullName = @FullName, FullNameAlt = @FullNameAlt,
            NameEn = @NameEn, FullNameEn = @FullNameEn, CodeName = @CodeName, AreaKm2 = @AreaKm2, Population = @Population,
            LabelLat = @LabelLat, LabelLon = @LabelLon, AdminCenterVi = @AdminCenterVi, DataNote = @DataNote
        WHEN NOT MATCHED THEN
            INSERT (Code, Type, TypeVi, Name, FullName, FullNameAlt, NameEn, FullNameEn, CodeName, AreaKm2, Population, LabelLat, LabelLon, AdminCenterVi, DataNote)
            VALUES (@Code, @Type, @TypeVi, @Name, @FullName, @FullNameAlt, @NameEn, @FullNameEn, @CodeName, @AreaKm2, @Population, @LabelLat, @LabelLon, @AdminCenterVi, @DataNote);
        """;

    /// <summary>Inserts new units and updates changed ones. Units are never deleted here: history points at them.</summary>
    public Task UpsertCommunesAsync(IReadOnlyList<Commune> communes, ReferenceDataset marker, CancellationToken ct)
    {
        EnsureDecimalsFit(communes);
        return WriteWithMarkerAsync(marker, (connection, tx) => connection.ExecuteAsync(new CommandDefinition(
            connections.Dialect.Pick(UpsertCommuneSqlite, UpsertCommuneSqlServer), communes, tx, cancellationToken: ct)), ct);
    }

    private static void EnsureDecimalsFit(IReadOnlyList<Commune> communes)
    {
        foreach (var commune in communes)
        {
            StoredDecimal.EnsureFits(commune.AreaKm2, nameof(commune.AreaKm2));
            StoredDecimal.EnsureFits(commune.LabelLat, nameof(commune.LabelLat));
            StoredDecimal.EnsureFits(commune.LabelLon, nameof(commune.LabelLon));
        }
    }

    private const string DeleteUnitChangesSql = "DELETE FROM UnitChange";

    private const string InsertUnitChangeSql = """
        INSERT INTO UnitChange (EffectivePeriod, OldCode, NewCode, Basis) VALUES (@EffectivePeriod, @OldCode, @NewCode, @Basis)
        """;

    /// <summary>
    /// Stores the recorded re-organisations: the units they started (inserted or updated, never deleted) and every
    /// (ended unit, successor) link, replacing the links under the dataset hash like the merger table.
    /// </summary>
    public Task ReplaceUnitChangesAsync(IReadOnlyList<Commune> started, IReadOnlyList<UnitChange> links, ReferenceDataset marker, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(started);
        EnsureDecimalsFit(started);
        return WriteWithMarkerAsync(marker, async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                connections.Dialect.Pick(UpsertCommuneSqlite, UpsertCommuneSqlServer), started, tx, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(DeleteUnitChangesSql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(InsertUnitChangeSql, links, tx, cancellationToken: ct)).ConfigureAwait(false);
        }, ct);
    }

    private const string DeleteMergerMappingSql = "DELETE FROM MergerMapping";

    private const string InsertMergerMappingSql = """
        INSERT INTO MergerMapping (NewCode, OldCode, OldFullName, OldDistrictCode, OldDistrictName, OldProvinceCode, OldProvinceName, MergeType, NoteVi)
        VALUES (@NewCode, @OldCode, @OldFullName, @OldDistrictCode, @OldDistrictName, @OldProvinceCode, @OldProvinceName, @MergeType, @NoteVi)
        """;

    /// <summary>
    /// Replaces the whole table: it is an official list with no natural key (Côn Đảo has no old code) and nothing
    /// refers to its rows, so replacing it under the dataset hash is simpler and as safe as a row-by-row upsert.
    /// </summary>
    public Task ReplaceMergerMappingAsync(IReadOnlyList<MergerMapping> rows, ReferenceDataset marker, CancellationToken ct) =>
        WriteWithMarkerAsync(marker, async (connection, tx) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteMergerMappingSql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(InsertMergerMappingSql, rows, tx, cancellationToken: ct)).ConfigureAwait(false);
        }, ct);

    private const string UpsertBoundarySqlite = """
        INSERT INTO Boundary (Name, Sha256, GeoJson, LoadedAt) VALUES (@Name, @Sha256, @GeoJson, @LoadedAt)
        ON CONFLICT (Name) DO UPDATE SET Sha256 = excluded.Sha256, GeoJson = excluded.GeoJson, LoadedAt = excluded.LoadedAt;
        """;

    private const string UpsertBoundarySqlServer = """
        MERGE dbo.Boundary WITH (HOLDLOCK) AS target
        USING (SELECT @Name AS Name) AS source ON target.Name = source.Name
        WHEN MATCHED THEN UPDATE SET Sha256 = @Sha256, GeoJson = @GeoJson, LoadedAt = @LoadedAt
        WHEN NOT MATCHED THEN INSERT (Name, Sha256, GeoJson, LoadedAt) VALUES (@Name, @Sha256, @GeoJson, @LoadedAt);
        """;

    public Task UpsertBoundaryAsync(MapOutline boundary, ReferenceDataset marker, CancellationToken ct) =>
        WriteWithMarkerAsync(marker, (connection, tx) => connection.ExecuteAsync(new CommandDefinition(
            connections.Dialect.Pick(UpsertBoundarySqlite, UpsertBoundarySqlServer), boundary, tx, cancellationToken: ct)), ct);

    private const string UpsertDatasetSqlite = """
        INSERT INTO ReferenceDataset (Name, Sha256, ItemCount, LoadedAt) VALUES (@Name, @Sha256, @ItemCount, @LoadedAt)
        ON CONFLICT (Name) DO UPDATE SET Sha256 = excluded.Sha256, ItemCount = excluded.ItemCount, LoadedAt = excluded.LoadedAt;
        """;

    private const string UpsertDatasetSqlServer = """
        MERGE dbo.ReferenceDataset WITH (HOLDLOCK) AS target
        USING (SELECT @Name AS Name) AS source ON target.Name = source.Name
        WHEN MATCHED THEN UPDATE SET Sha256 = @Sha256, ItemCount = @ItemCount, LoadedAt = @LoadedAt
        WHEN NOT MATCHED THEN INSERT (Name, Sha256, ItemCount, LoadedAt) VALUES (@Name, @Sha256, @ItemCount, @LoadedAt);
        """;

    private async Task WriteWithMarkerAsync(ReferenceDataset marker, Func<DbConnection, DbTransaction, Task> write, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await write(connection, tx).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            connections.Dialect.Pick(UpsertDatasetSqlite, UpsertDatasetSqlServer), marker, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
    }
}
