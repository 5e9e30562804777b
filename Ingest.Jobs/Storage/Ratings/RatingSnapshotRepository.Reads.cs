using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>Reads of rating snapshots, each returned with its criteria in scoring order.</summary>
public sealed partial class RatingSnapshotRepository
{
    private const string SnapshotColumns =
        "s.Id, s.CommuneCode, s.Period, s.RuleSetId, s.RuleSetVersion, s.RuleSetSha256, s.DataSnapshotId, s.AppVersion, s.Overall, s.Score, s.ResultJson, s.ResultSha256, s.ComputedAt";

    /// <summary>As <see cref="SnapshotColumns"/> with the explanation left out (empty): it is about 40 KB a commune.</summary>
    private const string SummaryColumns =
        "s.Id, s.CommuneCode, s.Period, s.RuleSetId, s.RuleSetVersion, s.RuleSetSha256, s.DataSnapshotId, s.AppVersion, s.Overall, s.Score, '' AS ResultJson, s.ResultSha256, s.ComputedAt";

    private const string CriterionColumns = "c.RatingSnapshotId, c.CriterionCode, c.Rating, c.Value";

    private const string FindSql = "SELECT " + SnapshotColumns + " FROM RatingSnapshot s WHERE s.Id = @Id";

    private const string FindCriteriaSql =
        "SELECT " + CriterionColumns + " FROM RatingSnapshotCriterion c WHERE c.RatingSnapshotId = @Id ORDER BY c.Ordinal";

    public async Task<RatingSnapshot?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var snapshot = await connection.QuerySingleOrDefaultAsync<RatingSnapshot>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: ct))
            .ConfigureAwait(false);
        if (snapshot is null)
        {
            return null;
        }

        var criteria = await connection.QueryAsync<CriterionRow>(new CommandDefinition(FindCriteriaSql, new { Id = id }, cancellationToken: ct))
            .ConfigureAwait(false);
        return snapshot with { Criteria = criteria.Select(c => c.ToCriterion()).ToList() };
    }

    private const string FindLatestIdSqlite =
        "SELECT s.Id FROM RatingSnapshot s WHERE s.CommuneCode = @CommuneCode AND s.Period = @Period ORDER BY s.Id DESC LIMIT 1";

    private const string FindLatestIdSqlServer =
        "SELECT TOP (1) s.Id FROM dbo.RatingSnapshot s WHERE s.CommuneCode = @CommuneCode AND s.Period = @Period ORDER BY s.Id DESC";

    /// <summary>The current rating of one commune for one period, or null if it was never rated.</summary>
    public async Task<RatingSnapshot?> FindLatestAsync(string communeCode, Period period, CancellationToken ct)
    {
        long? id;
        await using (var connection = await connections.OpenAsync(ct).ConfigureAwait(false))
        {
            id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                connections.Dialect.Pick(FindLatestIdSqlite, FindLatestIdSqlServer),
                new { CommuneCode = communeCode, Period = period },
                cancellationToken: ct)).ConfigureAwait(false);
        }

        return id is { } found ? await FindAsync(found, ct).ConfigureAwait(false) : null;
    }

    private const string LatestForPeriodFilter =
        " WHERE s.Period = @Period AND s.Id = (SELECT MAX(x.Id) FROM RatingSnapshot x WHERE x.CommuneCode = s.CommuneCode AND x.Period = s.Period)";

    private const string ListLatestForPeriodSql = "SELECT " + SnapshotColumns + " FROM RatingSnapshot s" + LatestForPeriodFilter + " ORDER BY s.CommuneCode";

    private const string ListLatestSummariesForPeriodSql = "SELECT " + SummaryColumns + " FROM RatingSnapshot s" + LatestForPeriodFilter + " ORDER BY s.CommuneCode";

    private const string ListLatestCriteriaForPeriodSql = "SELECT " + CriterionColumns
        + " FROM RatingSnapshotCriterion c JOIN RatingSnapshot s ON s.Id = c.RatingSnapshotId" + LatestForPeriodFilter
        + " ORDER BY c.RatingSnapshotId, c.Ordinal";

    /// <summary>The current rating of every rated commune for a period, by commune code, with its explanation.</summary>
    public Task<IReadOnlyList<RatingSnapshot>> ListLatestForPeriodAsync(Period period, CancellationToken ct) =>
        ListLatestAsync(ListLatestForPeriodSql, period, ct);

    /// <summary>
    /// As <see cref="ListLatestForPeriodAsync"/> without the explanations (<see cref="RatingSnapshot.ResultJson"/> is
    /// empty; <see cref="RatingSnapshot.ResultSha256"/> still identifies it): the league table, the map and the rescore's
    /// "did it change?" need colours and hashes, not 40 KB of text per commune.
    /// </summary>
    public Task<IReadOnlyList<RatingSnapshot>> ListLatestSummariesForPeriodAsync(Period period, CancellationToken ct) =>
        ListLatestAsync(ListLatestSummariesForPeriodSql, period, ct);

    private async Task<IReadOnlyList<RatingSnapshot>> ListLatestAsync(string sql, Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var snapshots = await connection.QueryAsync<RatingSnapshot>(new CommandDefinition(sql, new { Period = period }, cancellationToken: ct))
            .ConfigureAwait(false);
        var criteria = (await connection.QueryAsync<CriterionRow>(new CommandDefinition(
            ListLatestCriteriaForPeriodSql, new { Period = period }, cancellationToken: ct)).ConfigureAwait(false))
            .ToLookup(c => c.RatingSnapshotId);
        return snapshots.Select(s => s with { Criteria = criteria[s.Id].Select(c => c.ToCriterion()).ToList() }).ToList();
    }

    private const string ListHistorySql = "SELECT " + SnapshotColumns
        + " FROM RatingSnapshot s WHERE s.CommuneCode = @CommuneCode AND s.Period = @Period ORDER BY s.Id DESC";

    /// <summary>Every snapshot of one commune and period, newest first, without criteria (history list).</summary>
    public async Task<IReadOnlyList<RatingSnapshot>> ListHistoryAsync(string communeCode, Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RatingSnapshot>(new CommandDefinition(
            ListHistorySql, new { CommuneCode = communeCode, Period = period }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListCriterionHistorySql = """
        SELECT s.Period, s.RuleSetId, s.RuleSetVersion, s.RuleSetSha256, c.CriterionCode, c.Rating, c.Value
          FROM RatingSnapshotCriterion c JOIN RatingSnapshot s ON s.Id = c.RatingSnapshotId
         WHERE s.CommuneCode = @CommuneCode AND s.Period IN @Periods
           AND s.Id = (SELECT MAX(x.Id) FROM RatingSnapshot x WHERE x.CommuneCode = s.CommuneCode AND x.Period = s.Period)
         ORDER BY s.Period, c.Ordinal
        """;

    /// <summary>
    /// Each criterion's colour and value in the current rating of one commune for each of <paramref name="periods"/>,
    /// oldest period first, in scoring order, in one query: the trend charts need these, not the 40 KB explanations.
    /// </summary>
    public async Task<IReadOnlyList<CriterionHistoryRow>> ListCriterionHistoryAsync(string communeCode, IReadOnlyList<Period> periods, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CriterionHistoryRow>(new CommandDefinition(
            ListCriterionHistorySql, new { CommuneCode = communeCode, Periods = periods.Select(p => p.ToString()).ToList() }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListPeriodsSql = "SELECT DISTINCT Period FROM RatingSnapshot ORDER BY Period DESC";

    /// <summary>Periods that have at least one rating, newest first.</summary>
    public async Task<IReadOnlyList<Period>> ListPeriodsAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Period>(new CommandDefinition(ListPeriodsSql, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private sealed record CriterionRow
    {
        public long RatingSnapshotId { get; init; }
        public string CriterionCode { get; init; } = "";
        public RatingColour Rating { get; init; }
        public decimal? Value { get; init; }

        public RatingSnapshotCriterion ToCriterion() => new() { CriterionCode = CriterionCode, Rating = Rating, Value = Value };
    }
}
