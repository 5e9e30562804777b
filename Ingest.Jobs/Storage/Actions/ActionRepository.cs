using Dapper;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Actions;

/// <summary>
/// Actions and their audit entries: every write appends its audit entry in the same transaction, so an action never
/// changes without the log saying who and when. Closing writes match only actions not yet closed, so a verified,
/// cancelled or retired action is never changed again. Every write moves the data-version stamp: the overview's
/// action counts are cached under it (docs/caching.md).
/// </summary>
public sealed class ActionRepository(DbConnectionFactory connections, AuditLogRepository audit)
{
    private const string Columns = """
        Id, CommuneCode, CriterionCode, Period, Text, Owner, DueOn, Note, Status, CreatedBy, CreatedAt, UpdatedAt, ClosedAt,
        VerifiedPeriod, VerifiedValue, CancelReason
        """;

    private const string InsertSqlite = """
        INSERT INTO CommuneAction (CommuneCode, CriterionCode, Period, Text, Owner, DueOn, Note, Status, CreatedBy, CreatedAt, UpdatedAt)
        VALUES (@CommuneCode, @CriterionCode, @Period, @Text, @Owner, @DueOn, @Note, @Status, @CreatedBy, @CreatedAt, @UpdatedAt)
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        INSERT INTO dbo.CommuneAction (CommuneCode, CriterionCode, Period, Text, Owner, DueOn, Note, Status, CreatedBy, CreatedAt, UpdatedAt)
        OUTPUT INSERTED.Id
        VALUES (@CommuneCode, @CriterionCode, @Period, @Text, @Owner, @DueOn, @Note, @Status, @CreatedBy, @CreatedAt, @UpdatedAt)
        """;

    public async Task<long> InsertAsync(CommuneAction action, AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertSqlite, InsertSqlServer), action, tx, cancellationToken: ct)).ConfigureAwait(false);
        await audit.AppendAsync(connection, tx, entry with { Subject = Subject(id) }, ct).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return id;
    }

    private const string UpdateOpenSql = """
        UPDATE CommuneAction
           SET Text = @Text, Owner = @Owner, DueOn = @DueOn, Note = @Note, Status = @Status, UpdatedAt = @UpdatedAt,
               ClosedAt = @ClosedAt, VerifiedPeriod = @VerifiedPeriod, VerifiedValue = @VerifiedValue, CancelReason = @CancelReason
         WHERE Id = @Id AND Status IN ('open', 'waitingForData')
        """;

    /// <summary>Writes a changed action that is still open (or waiting); false, and nothing written, when it was closed meanwhile.</summary>
    public async Task<bool> UpdateOpenAsync(CommuneAction changed, AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var rows = await connection.ExecuteAsync(new CommandDefinition(UpdateOpenSql, changed, tx, cancellationToken: ct)).ConfigureAwait(false);
        if (rows == 0)
        {
            return false;
        }

        await audit.AppendAsync(connection, tx, entry with { Subject = Subject(changed.Id) }, ct).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return true;
    }

    private const string FindSql = "SELECT " + Columns + " FROM CommuneAction WHERE Id = @Id";

    public async Task<CommuneAction?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<CommuneAction>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListSql = "SELECT " + Columns + """
         FROM CommuneAction
        WHERE (@CommuneCode IS NULL OR CommuneCode = @CommuneCode)
          AND (@CriterionCode IS NULL OR CriterionCode = @CriterionCode)
        ORDER BY DueOn, Id
        """;

    /// <summary>Actions of one unit and/or criterion (null = all), soonest due first; statuses are filtered by the caller (overdue depends on the clock).</summary>
    public async Task<IReadOnlyList<CommuneAction>> ListAsync(string? communeCode, string? criterionCode, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CommuneAction>(new CommandDefinition(
            ListSql, new { CommuneCode = communeCode, CriterionCode = criterionCode }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListNotClosedSql = "SELECT " + Columns + " FROM CommuneAction WHERE Status IN ('open', 'waitingForData') ORDER BY Id";

    public async Task<IReadOnlyList<CommuneAction>> ListNotClosedAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<CommuneAction>(new CommandDefinition(ListNotClosedSql, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string LaterRatingsSql = """
        SELECT s.Period AS Period, c.Rating AS Rating, c.Value AS Value
          FROM RatingSnapshot s
          LEFT JOIN RatingSnapshotCriterion c ON c.RatingSnapshotId = s.Id AND c.CriterionCode = @CriterionCode
         WHERE s.CommuneCode = @CommuneCode AND s.Period > @Period
           AND s.Id = (SELECT MAX(x.Id) FROM RatingSnapshot x WHERE x.CommuneCode = s.CommuneCode AND x.Period = s.Period)
         ORDER BY s.Period
        """;

    /// <summary>
    /// The criterion's current rating in each rated period after the action's own, oldest first; Rating is null where
    /// that period's rule set has no such criterion.
    /// </summary>
    public async Task<IReadOnlyList<LaterRating>> ListLaterRatingsAsync(CommuneAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<LaterRating>(new CommandDefinition(
            LaterRatingsSql, new { action.CommuneCode, action.CriterionCode, action.Period }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    public static string Subject(long id) => "action:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One later period's current colour of an action's criterion (null: not in that period's rule set).</summary>
public sealed record LaterRating
{
    public required Period Period { get; init; }
    public RatingColour? Rating { get; init; }
    public decimal? Value { get; init; }
}
