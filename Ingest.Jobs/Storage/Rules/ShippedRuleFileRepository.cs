using System.Data.Common;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Ingest.Jobs.Storage.Rules;

/// <summary>
/// Which shipped rule files an installation has stored (table ShippedRuleFile, keyed by the SHA-256 of the shipped
/// text). Storing one writes the marker, the version (published or draft) and its audit entry in one transaction; the
/// primary key makes a second attempt, by a restart or by another node, fail and roll back instead of storing twice.
/// </summary>
public sealed class ShippedRuleFileRepository(DbConnectionFactory connections)
{
    private const string ExistsSql = "SELECT COUNT(*) FROM ShippedRuleFile WHERE Sha256 = @Sha256";

    private const string InsertMarkerSql = """
        INSERT INTO ShippedRuleFile (Sha256, RuleSetId, FileVersion, StoredVersion, StoredAt)
        VALUES (@Sha256, @RuleSetId, @FileVersion, @StoredVersion, @StoredAt)
        """;

    /// <summary>True when the shipped text with this SHA-256 (of its UTF-8 text) has been stored before.</summary>
    public async Task<bool> IsStoredAsync(string sha256, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(ExistsSql, new { Sha256 = sha256 }, cancellationToken: ct))
            .ConfigureAwait(false) > 0;
    }

    /// <summary>Records a shipped text as already stored (it is the text of a stored version) without storing a version.</summary>
    public async Task<bool> RecordAsync(string sha256, string ruleSetId, int fileVersion, int storedVersion, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertMarkerSql, new
            {
                Sha256 = sha256, RuleSetId = ruleSetId, FileVersion = fileVersion, StoredVersion = storedVersion, StoredAt = at,
            }, cancellationToken: ct)).ConfigureAwait(false);
            return true;
        }
        catch (DbException exception) when (SqlDialect.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    private const string PendingDraftsSql = """
        SELECT s.StoredVersion FROM ShippedRuleFile s
          JOIN RuleSetVersion v ON v.RuleSetId = s.RuleSetId AND v.Version = s.StoredVersion
         WHERE s.RuleSetId = @RuleSetId AND v.Status = 'draft'
         ORDER BY s.StoredVersion
        """;

    /// <summary>Versions that came with a software update as drafts and are still drafts (not yet published or retired).</summary>
    public async Task<IReadOnlyList<int>> ListPendingDraftsAsync(string ruleSetId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<int>(new CommandDefinition(PendingDraftsSql, new { RuleSetId = ruleSetId }, cancellationToken: ct))
            .ConfigureAwait(false)).AsList();
    }

    /// <summary>
    /// Stores the shipped text as a version (published when <paramref name="publishedBy"/> is given, else a draft) with
    /// its marker and audit entry, all or nothing. False when the marker or the version number already exists: the
    /// text was stored by someone else (a restart, another node) and nothing is written.
    /// </summary>
    public async Task<bool> StoreAsync(
        NewRuleSetVersion version, string shippedSha256, int fileVersion, string? publishedBy, AuditEntry? audit, AuditLogRepository auditLog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(auditLog);
        var sha256 = Sha256Hex.Of(version.JsonText);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertMarkerSql, new
            {
                Sha256 = shippedSha256, version.RuleSetId, FileVersion = fileVersion, StoredVersion = version.Version, StoredAt = version.CreatedAt,
            }, tx, cancellationToken: ct)).ConfigureAwait(false);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                connections.Dialect.Pick(RuleSetRepository.InsertDraftSqlite, RuleSetRepository.InsertDraftSqlServer),
                new { version.RuleSetId, version.Version, Sha256 = sha256, version.JsonText, version.EffectiveFrom, version.Author, version.CreatedAt },
                tx, cancellationToken: ct)).ConfigureAwait(false);
            if (publishedBy is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(RuleSetRepository.PublishSql, new
                {
                    version.RuleSetId, version.Version, PublishedBy = publishedBy, PublishedAt = version.CreatedAt,
                }, tx, cancellationToken: ct)).ConfigureAwait(false);
            }

            if (audit is not null)
            {
                await auditLog.AppendAsync(connection, tx, audit, ct).ConfigureAwait(false);
            }

            await tx.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (DbException exception) when (SqlDialect.IsUniqueViolation(exception))
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return false;
        }
    }
}
