using System.Data.Common;
using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// Rating snapshots. Saving never updates: a recompute inserts a new snapshot, and readers take the latest per
/// (commune, period), so every rating ever shown stays on record. Reads are in RatingSnapshotRepository.Reads.cs.
/// </summary>
public sealed partial class RatingSnapshotRepository(DbConnectionFactory connections, DashboardKpi.Ingest.Jobs.Notifications.NotificationWriter notifications, TimeProvider clock)
{
    private const string InsertSnapshotSqlite = """
        INSERT INTO RatingSnapshot (CommuneCode, Period, RuleSetId, RuleSetVersion, RuleSetSha256, DataSnapshotId, AppVersion, Overall, Score, ResultJson, ResultSha256, ComputedAt)
        VALUES (@CommuneCode, @Period, @RuleSetId, @RuleSetVersion, @RuleSetSha256, @DataSnapshotId, @AppVersion, @Overall, @Score, @ResultJson, @ResultSha256, @ComputedAt)
        RETURNING Id
        """;

    private const string InsertSnapshotSqlServer = """
        INSERT INTO dbo.RatingSnapshot (CommuneCode, Period, RuleSetId, RuleSetVersion, RuleSetSha256, DataSnapshotId, AppVersion, Overall, Score, ResultJson, ResultSha256, ComputedAt)
        OUTPUT INSERTED.Id
        VALUES (@CommuneCode, @Period, @RuleSetId, @RuleSetVersion, @RuleSetSha256, @DataSnapshotId, @AppVersion, @Overall, @Score, @ResultJson, @ResultSha256, @ComputedAt)
        """;

    private const string InsertCriterionSql = """
        INSERT INTO RatingSnapshotCriterion (RatingSnapshotId, CriterionCode, Ordinal, Rating, Value)
        VALUES (@RatingSnapshotId, @CriterionCode, @Ordinal, @Rating, @Value)
        """;

    // PostgreSQL: a snapshot's criteria as one array per column in one statement, not a round trip each (a whole-city
    // rescore stores 168 × 29 of them; see IndicatorValueColumns).
    private const string InsertCriterionPostgreSql = """
        INSERT INTO RatingSnapshotCriterion (RatingSnapshotId, CriterionCode, Ordinal, Rating, Value)
        SELECT @RatingSnapshotId::bigint, c.CriterionCode, c.Ordinal, c.Rating, c.Value
          FROM unnest(@CriterionCode::text[], @Ordinal::bigint[], @Rating::text[], @Value::numeric[]) AS c (CriterionCode, Ordinal, Rating, Value)
        """;

    private const string InsertStabilitySql = """
        INSERT INTO RatingStability (RatingSnapshotId, RawOverall, HeldCount, RepublishedAfter)
        VALUES (@RatingSnapshotId, @RawOverall, @HeldCount, @RepublishedAfter)
        """;

    private const string FindStabilitySql = """
        SELECT RatingSnapshotId, RawOverall, HeldCount, RepublishedAfter FROM RatingStability WHERE RatingSnapshotId = @Id
        """;

    /// <summary>A snapshot's stability facts; null for a rating of a rule set without a stability rule.</summary>
    public async Task<RatingStabilityRow?> FindStabilityAsync(long snapshotId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<RatingStabilityRow>(new CommandDefinition(FindStabilitySql, new { Id = snapshotId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Stores one snapshot and returns its id.</summary>
    public async Task<long> SaveAsync(NewRatingSnapshot snapshot, CancellationToken ct) =>
        (await SaveAsync([snapshot], ct).ConfigureAwait(false))[0];

    /// <summary>Stores a batch (typically all 168 communes of a period) in one transaction; ids in input order.</summary>
    public async Task<IReadOnlyList<long>> SaveAsync(IReadOnlyList<NewRatingSnapshot> snapshots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var ids = new List<long>(snapshots.Count);
        var chaired = await ChairUnitsAsync(connection, tx, ct).ConfigureAwait(false);
        foreach (var snapshot in snapshots)
        {
            var previous = chaired.Contains(snapshot.CommuneCode) ? await PreviousOverallAsync(connection, tx, snapshot, ct).ConfigureAwait(false) : null;
            var id = await InsertOneAsync(connection, tx, snapshot, ct).ConfigureAwait(false);
            await NotifyColourChangeAsync(connection, tx, snapshot, previous, id, ct).ConfigureAwait(false);
            ids.Add(id);
        }

        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return ids;
    }

    private async Task<long> InsertOneAsync(DbConnection connection, DbTransaction tx, NewRatingSnapshot snapshot, CancellationToken ct)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertSnapshotSqlite, InsertSnapshotSqlServer),
            new
            {
                snapshot.CommuneCode,
                snapshot.Period,
                snapshot.RuleSetId,
                snapshot.RuleSetVersion,
                snapshot.RuleSetSha256,
                snapshot.DataSnapshotId,
                snapshot.AppVersion,
                // Dapper writes an enum as its number whatever handler is registered (Dapper issue 259): spell it.
                Overall = snapshot.Overall.Spelling(),
                Score = StoredDecimal.Round(snapshot.Score),
                snapshot.ResultJson,
                ResultSha256 = Sha256Hex.Of(snapshot.ResultJson),
                snapshot.ComputedAt,
            },
            tx,
            cancellationToken: ct)).ConfigureAwait(false);

        var criteria = snapshot.Criteria.Select((c, i) => new
        {
            RatingSnapshotId = id,
            c.CriterionCode,
            Ordinal = i,
            Rating = c.Rating.Spelling(),
            Value = StoredDecimal.Round(c.Value),
        }).ToList();
        object rows = connections.Dialect.Provider != StorageProvider.PostgreSql ? criteria : new
        {
            RatingSnapshotId = id,
            CriterionCode = criteria.Select(c => c.CriterionCode).ToArray(),
            Ordinal = criteria.Select(c => c.Ordinal).ToArray(),
            Rating = criteria.Select(c => c.Rating).ToArray(),
            Value = criteria.Select(c => c.Value).ToArray(),
        };
        await connection.ExecuteAsync(new CommandDefinition(connections.Dialect.Pick(InsertCriterionSql, InsertCriterionSql, InsertCriterionPostgreSql), rows, tx, cancellationToken: ct)).ConfigureAwait(false);
        if (snapshot.Stability is { } stability)
        {
            var row = new { RatingSnapshotId = id, RawOverall = stability.RawOverall.Spelling(), stability.HeldCount, stability.RepublishedAfter };
            await connection.ExecuteAsync(new CommandDefinition(InsertStabilitySql, row, tx, cancellationToken: ct)).ConfigureAwait(false);
        }

        return id;
    }
}
