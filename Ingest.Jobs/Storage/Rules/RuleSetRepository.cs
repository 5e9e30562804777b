using Dapper;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Rules;

/// <summary>
/// Rule-set versions and their status changes. Status transitions are guarded in the UPDATE itself (WHERE Status =
/// …), so two editors racing cannot publish a retired version or edit a published one; the methods say whether it
/// happened.
/// </summary>
public sealed class RuleSetRepository(DbConnectionFactory connections)
{
    private const string Columns =
        "Id, RuleSetId, Version, Sha256, JsonText, EffectiveFrom, Status, Author, CreatedAt, PublishedBy, PublishedAt, RetiredAt";

    internal const string InsertDraftSqlite = """
        INSERT INTO RuleSetVersion (RuleSetId, Version, Sha256, JsonText, EffectiveFrom, Status, Author, CreatedAt)
        VALUES (@RuleSetId, @Version, @Sha256, @JsonText, @EffectiveFrom, 'draft', @Author, @CreatedAt)
        RETURNING Id
        """;

    internal const string InsertDraftSqlServer = """
        INSERT INTO dbo.RuleSetVersion (RuleSetId, Version, Sha256, JsonText, EffectiveFrom, Status, Author, CreatedAt)
        OUTPUT INSERTED.Id
        VALUES (@RuleSetId, @Version, @Sha256, @JsonText, @EffectiveFrom, N'draft', @Author, @CreatedAt)
        """;

    /// <summary>Stores a draft and returns its id. An existing (RuleSetId, Version) fails with a unique violation (see SqlDialect.IsUniqueViolation).</summary>
    public async Task<long> InsertDraftAsync(NewRuleSetVersion draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertDraftSqlite, InsertDraftSqlServer),
            new { draft.RuleSetId, draft.Version, Sha256 = Sha256Hex.Of(draft.JsonText), draft.JsonText, draft.EffectiveFrom, draft.Author, draft.CreatedAt },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string UpdateDraftSql = """
        UPDATE RuleSetVersion SET JsonText = @JsonText, Sha256 = @Sha256, EffectiveFrom = @EffectiveFrom
         WHERE RuleSetId = @RuleSetId AND Version = @Version AND Status = 'draft'
        """;

    /// <summary>Edits a draft; false when the version does not exist or is no longer a draft (published JSON is frozen).</summary>
    public async Task<bool> UpdateDraftAsync(string ruleSetId, int version, string jsonText, Period effectiveFrom, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(UpdateDraftSql, new
        {
            RuleSetId = ruleSetId,
            Version = version,
            JsonText = jsonText,
            Sha256 = Sha256Hex.Of(jsonText),
            EffectiveFrom = effectiveFrom,
        }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    internal const string PublishSql = """
        UPDATE RuleSetVersion SET Status = 'published', PublishedBy = @PublishedBy, PublishedAt = @PublishedAt
         WHERE RuleSetId = @RuleSetId AND Version = @Version AND Status = 'draft'
        """;

    /// <summary>draft → published; false otherwise. Older published versions stay in force for their own periods.</summary>
    public async Task<bool> PublishAsync(string ruleSetId, int version, string publishedBy, DateTimeOffset publishedAt, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(PublishSql, new
        {
            RuleSetId = ruleSetId,
            Version = version,
            PublishedBy = publishedBy,
            PublishedAt = publishedAt,
        }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    private const string PublishFromSql = """
        UPDATE RuleSetVersion SET Status = 'published', PublishedBy = @PublishedBy, PublishedAt = @PublishedAt, EffectiveFrom = @EffectiveFrom
         WHERE RuleSetId = @RuleSetId AND Version = @Version AND Status = 'draft'
        """;

    /// <summary>
    /// Publishes a draft and writes its audit entry in one transaction: either both happen or neither, so a failure
    /// half-way leaves the previous version in force. False when the version is not (or no longer) a draft.
    /// <paramref name="effectiveFrom"/> ('yyyy-MM'), when given, is the period the version is in force from (the
    /// stored column; the JSON text, and so its hash, stay as they are); null keeps the draft's own.
    /// </summary>
    public async Task<bool> PublishAsync(
        string ruleSetId, int version, string publishedBy, DateTimeOffset publishedAt, AuditLogRepository auditLog, AuditEntry audit, CancellationToken ct,
        Period? effectiveFrom = null)
    {
        ArgumentNullException.ThrowIfNull(auditLog);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var published = await connection.ExecuteAsync(new CommandDefinition(effectiveFrom is null ? PublishSql : PublishFromSql, new
        {
            RuleSetId = ruleSetId,
            Version = version,
            PublishedBy = publishedBy,
            PublishedAt = publishedAt,
            EffectiveFrom = effectiveFrom,
        }, tx, cancellationToken: ct)).ConfigureAwait(false) == 1;
        if (!published)
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return false;
        }

        await auditLog.AppendAsync(connection, tx, audit, ct).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return true;
    }

    private const string RetireSql = """
        UPDATE RuleSetVersion SET Status = 'retired', RetiredAt = @RetiredAt
         WHERE RuleSetId = @RuleSetId AND Version = @Version AND Status = 'published'
        """;

    /// <summary>published → retired (no longer chosen for scoring; its ratings stay reproducible); false otherwise.</summary>
    public async Task<bool> RetireAsync(string ruleSetId, int version, DateTimeOffset retiredAt, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            RetireSql, new { RuleSetId = ruleSetId, Version = version, RetiredAt = retiredAt }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    private const string FindSql = "SELECT " + Columns + " FROM RuleSetVersion WHERE RuleSetId = @RuleSetId AND Version = @Version";

    public async Task<RuleSetVersion?> FindAsync(string ruleSetId, int version, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<RuleSetVersion>(new CommandDefinition(
            FindSql, new { RuleSetId = ruleSetId, Version = version }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string FindEffectiveSqlite = "SELECT " + Columns + """
         FROM RuleSetVersion
        WHERE RuleSetId = @RuleSetId AND Status = 'published' AND EffectiveFrom <= @Period
        ORDER BY EffectiveFrom DESC, Version DESC LIMIT 1
        """;

    private const string FindEffectiveSqlServer = "SELECT TOP (1) " + Columns + """
         FROM dbo.RuleSetVersion
        WHERE RuleSetId = @RuleSetId AND Status = N'published' AND EffectiveFrom <= @Period
        ORDER BY EffectiveFrom DESC, Version DESC
        """;

    /// <summary>The published version in force for <paramref name="period"/>: latest EffectiveFrom not after it, then highest version.</summary>
    public async Task<RuleSetVersion?> FindEffectiveAsync(string ruleSetId, Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<RuleSetVersion>(new CommandDefinition(
            connections.Dialect.Pick(FindEffectiveSqlite, FindEffectiveSqlServer),
            new { RuleSetId = ruleSetId, Period = period },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListSql = "SELECT " + Columns + " FROM RuleSetVersion WHERE RuleSetId = @RuleSetId ORDER BY Version DESC";

    /// <summary>All versions of a rule set, newest first.</summary>
    public async Task<IReadOnlyList<RuleSetVersion>> ListAsync(string ruleSetId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RuleSetVersion>(new CommandDefinition(ListSql, new { RuleSetId = ruleSetId }, cancellationToken: ct))
            .ConfigureAwait(false);
        return rows.AsList();
    }
}
