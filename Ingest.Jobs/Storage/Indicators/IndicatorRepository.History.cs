using Dapper;

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

    /// <summary>
    /// The data snapshot id to pin a rating to: the largest revision id committed now (0 when there is no data).
    /// Read it before loading the values to score, then load them with <see cref="ListValuesAsOfAsync"/>.
    /// </summary>
    public async Task<long> GetDataSnapshotIdAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
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
        string fromPeriod, string toPeriod, long dataSnapshotId, CancellationToken ct)
    {
        PeriodText.Require(fromPeriod, nameof(fromPeriod));
        PeriodText.Require(toPeriod, nameof(toPeriod));
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRevision>(new CommandDefinition(
            ListValuesAsOfSql,
            new { FromPeriod = fromPeriod, ToPeriod = toPeriod, DataSnapshotId = dataSnapshotId },
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }
}
