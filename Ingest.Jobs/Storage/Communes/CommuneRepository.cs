using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Communes;

/// <summary>Reads the communes, the merger table and the boundaries; writes go through <see cref="ReferenceDataRepository"/>.</summary>
public sealed class CommuneRepository(DbConnectionFactory connections)
{
    /// <summary>Reports for periods from here on use the new codes (Resolution 1685 took effect on 1 July 2025).</summary>
    public static readonly Period MergerEffective = new(2025, 7);

    /// <summary><see cref="MergerEffective"/> as stored, for the query's default validity.</summary>
    private const string MergerEffectiveText = "2025-07";

    // Validity is read from the recorded re-organisations rather than stored twice: a unit no change started is one of
    // the 168 (in force from the merger); one a change ended is out of force from that change's period.
    private const string CommuneColumns =
        "Code, Type, TypeVi, Name, FullName, FullNameAlt, NameEn, FullNameEn, CodeName, AreaKm2, Population, LabelLat, LabelLon, AdminCenterVi, DataNote, "
        + "COALESCE((SELECT MIN(s.EffectivePeriod) FROM UnitChange s WHERE s.NewCode = Commune.Code), '" + MergerEffectiveText + "') AS ValidFrom, "
        + "(SELECT MIN(e.EffectivePeriod) FROM UnitChange e WHERE e.OldCode = Commune.Code) AS SucceededFrom";

    private const string UnitChangeColumns = "Id, EffectivePeriod, OldCode, NewCode, Basis";

    private const string MergerColumns =
        "Id, NewCode, OldCode, OldFullName, OldDistrictCode, OldDistrictName, OldProvinceCode, OldProvinceName, MergeType, NoteVi";

    private const string ListSql = "SELECT " + CommuneColumns + " FROM Commune ORDER BY Code";

    public async Task<IReadOnlyList<Commune>> ListAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Commune>(new CommandDefinition(ListSql, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string FindSql = "SELECT " + CommuneColumns + " FROM Commune WHERE Code = @Code";

    public async Task<Commune?> FindAsync(string code, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<Commune>(new CommandDefinition(FindSql, new { Code = code }, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    private const string ListMergerMappingSql = "SELECT " + MergerColumns + " FROM MergerMapping ORDER BY NewCode, Id";

    public async Task<IReadOnlyList<MergerMapping>> ListMergerMappingAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<MergerMapping>(new CommandDefinition(ListMergerMappingSql, cancellationToken: ct))
            .ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListFormerUnitsSql = "SELECT " + MergerColumns + " FROM MergerMapping WHERE NewCode = @NewCode ORDER BY Id";

    /// <summary>The pre-merger units that went (wholly or partly) into <paramref name="newCode"/>.</summary>
    public async Task<IReadOnlyList<MergerMapping>> ListFormerUnitsAsync(string newCode, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<MergerMapping>(new CommandDefinition(ListFormerUnitsSql, new { NewCode = newCode }, cancellationToken: ct))
            .ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListUnitChangesSql = "SELECT " + UnitChangeColumns + " FROM UnitChange ORDER BY EffectivePeriod, OldCode, NewCode";

    /// <summary>Every recorded re-organisation after the 2025 merger, one row per (ended unit, successor).</summary>
    public async Task<IReadOnlyList<UnitChange>> ListUnitChangesAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<UnitChange>(new CommandDefinition(ListUnitChangesSql, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListByOldCodeSql = "SELECT " + MergerColumns + " FROM MergerMapping WHERE OldCode = @OldCode ORDER BY NewCode, Id";

    /// <summary>
    /// Which current unit an incoming code means. From <see cref="MergerEffective"/> on, a current code wins
    /// (new codes reuse some old ones); before it, the code is read as an old code first.
    /// </summary>
    public async Task<CommuneCodeResolution> ResolveCodeAsync(string code, Period period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(code);
        var isCurrent = await FindAsync(code, ct).ConfigureAwait(false) is not null;
        if (isCurrent && period >= MergerEffective)
        {
            return new CommuneCodeResolution(code, CodeResolutionStatus.Current, code, []);
        }

        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var candidates = (await connection.QueryAsync<MergerMapping>(new CommandDefinition(ListByOldCodeSql, new { OldCode = code }, cancellationToken: ct))
            .ConfigureAwait(false)).AsList();
        var targets = candidates.Select(c => c.NewCode).Distinct(StringComparer.Ordinal).ToList();
        return targets.Count switch
        {
            1 => new CommuneCodeResolution(code, CodeResolutionStatus.Mapped, targets[0], candidates),
            > 1 => new CommuneCodeResolution(code, CodeResolutionStatus.Ambiguous, null, candidates),
            _ when isCurrent => new CommuneCodeResolution(code, CodeResolutionStatus.Current, code, []),
            _ => new CommuneCodeResolution(code, CodeResolutionStatus.Unknown, null, []),
        };
    }

    private const string FindBoundarySql = "SELECT Name, Sha256, GeoJson, LoadedAt FROM Boundary WHERE Name = @Name";

    public async Task<MapOutline?> FindBoundaryAsync(string name, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<MapOutline>(new CommandDefinition(FindBoundarySql, new { Name = name }, cancellationToken: ct))
            .ConfigureAwait(false);
    }
}
