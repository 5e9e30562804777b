using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>Revisions and as-of reads: how a past rating is reproduced bit for bit after later corrections.</summary>
public sealed partial class IndicatorRepository
{
    private const string RevisionColumns =
        "Id, CommuneCode, IndicatorCode, Period, Source, Revision, Value, Part, Whole, Flag, TaskStatus, CompletedOn, RunId, ChangedAt";

    private const string ListRevisionsSql = "SELECT " + RevisionColumns + """
         FROM IndicatorValueRevision
        WHERE CommuneCode = @CommuneCode AND IndicatorCode = @IndicatorCode AND Period = @Period AND Source = @Source
        ORDER BY Revision
        """;

    /// <summary>Every stored version of one value, oldest first.</summary>
    public async Task<IReadOnlyList<IndicatorValueRevision>> ListRevisionsAsync(IndicatorKey key, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRevision>(new CommandDefinition(ListRevisionsSql, key, cancellationToken: ct))
            .ConfigureAwait(false);
        return rows.AsList();
    }

    private const string GetDataSnapshotIdSqlite = "SELECT COALESCE(MAX(Id), 0) FROM IndicatorValueRevision";

    private const string GetDataSnapshotIdSqlServer = """
        DECLARE @Result int;
        EXEC @Result = sp_getapplock @Resource = N'DashboardKpi.IndicatorValue', @LockMode = N'Shared', @LockOwner = N'Transaction', @LockTimeout = 60000;
        IF @Result < 0 THROW 50001, N'Timed out waiting for indicator writers to finish.', 1;
        SELECT COALESCE(MAX(Id), 0) FROM dbo.IndicatorValueRevision;
        """;

    // The writers' advisory lock in shared mode (IndicatorWriterLockKey): waits for the writer that holds it to commit.
    // A statement of its own, because a READ COMMITTED statement sees what was committed when it started, and MAX(Id)
    // must start after the lock is granted.
    private const string ShareWriterLockPostgreSql = "SELECT pg_advisory_xact_lock_shared(4927346359099484417)";

    /// <summary>
    /// The data snapshot id to pin a rating to: the largest revision id committed now (0 when there is no data).
    /// Read it before loading the values to score, then load them with <see cref="ListValuesAsOfAsync(Period, Period, long, CancellationToken)"/>.
    /// </summary>
    public async Task<long> GetDataSnapshotIdAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (connections.Dialect.Provider == StorageProvider.PostgreSql)
        {
            await connection.ExecuteAsync(new CommandDefinition(ShareWriterLockPostgreSql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(GetDataSnapshotIdSqlite, GetDataSnapshotIdSqlServer), transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return id;
    }

    private const string ListValuesAsOfSql = "SELECT " + RevisionColumns + """
         FROM IndicatorValueRevision r
        WHERE r.Period >= @FromPeriod AND r.Period <= @ToPeriod
          AND r.Id = (SELECT MAX(x.Id) FROM IndicatorValueRevision x
                       WHERE x.CommuneCode = r.CommuneCode AND x.IndicatorCode = r.IndicatorCode
                         AND x.Period = r.Period AND x.Source = r.Source AND x.Id <= @DataSnapshotId)
        ORDER BY r.Period, r.CommuneCode, r.IndicatorCode, r.Source
        """;

    /// <summary>
    /// The values as they were at <paramref name="dataSnapshotId"/>: per natural key in the period range (both ends
    /// included), the latest revision whose Id is at or below it. Keys first stored after the snapshot are absent.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorValueRevision>> ListValuesAsOfAsync(
        Period fromPeriod, Period toPeriod, long dataSnapshotId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRevision>(new CommandDefinition(
            ListValuesAsOfSql,
            new { FromPeriod = fromPeriod, ToPeriod = toPeriod, DataSnapshotId = dataSnapshotId },
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListValuesAsOfForCommunesSql = "SELECT " + RevisionColumns + """
         FROM IndicatorValueRevision r
        WHERE r.Period >= @FromPeriod AND r.Period <= @ToPeriod AND r.CommuneCode IN @Codes
          AND r.Id = (SELECT MAX(x.Id) FROM IndicatorValueRevision x
                       WHERE x.CommuneCode = r.CommuneCode AND x.IndicatorCode = r.IndicatorCode
                         AND x.Period = r.Period AND x.Source = r.Source AND x.Id <= @DataSnapshotId)
        ORDER BY r.Period, r.CommuneCode, r.IndicatorCode, r.Source
        """;

    /// <summary><see cref="ListValuesAsOfAsync(Period, Period, long, CancellationToken)"/> for some communes only (at most a few hundred codes).</summary>
    public async Task<IReadOnlyList<IndicatorValueRevision>> ListValuesAsOfAsync(
        Period fromPeriod, Period toPeriod, long dataSnapshotId, IReadOnlyCollection<string> communeCodes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(communeCodes);
        if (communeCodes.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRevision>(new CommandDefinition(
            ListValuesAsOfForCommunesSql,
            new { FromPeriod = fromPeriod, ToPeriod = toPeriod, DataSnapshotId = dataSnapshotId, Codes = communeCodes.ToList() },
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string CountRevisionsUpToSql = "SELECT COUNT(*) FROM IndicatorValueRevision WHERE Id <= @DataSnapshotId";

    /// <summary>
    /// How many revisions there are at or below a data snapshot id (the primary key's range). Revisions are only ever
    /// added above the snapshot, so a smaller count later means some were removed (the demo data taken away).
    /// </summary>
    public async Task<long> CountRevisionsUpToAsync(long dataSnapshotId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountRevisionsUpToSql, new { DataSnapshotId = dataSnapshotId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListCommunesChangedSql = """
        SELECT DISTINCT CommuneCode FROM IndicatorValueRevision
         WHERE Id > @Since AND Id <= @DataSnapshotId AND Period >= @FromPeriod AND Period <= @ToPeriod
        """;

    /// <summary>
    /// The communes with a value in the period range stored or revised after data snapshot <paramref name="since"/>
    /// and at or before <paramref name="dataSnapshotId"/>: those whose ratings may differ between the two snapshots.
    /// Reads only the revisions after <paramref name="since"/> (the primary key's range).
    /// </summary>
    public async Task<IReadOnlyList<string>> ListCommunesChangedAsync(long since, long dataSnapshotId, Period fromPeriod, Period toPeriod, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            ListCommunesChangedSql, new { Since = since, DataSnapshotId = dataSnapshotId, FromPeriod = fromPeriod, ToPeriod = toPeriod }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }
}
