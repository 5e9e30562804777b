using System.Data.Common;
using System.Globalization;
using Dapper;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Ingest.Jobs.Storage.Narrative;

/// <summary>A saved version of the reading rules (table ReadingRulesVersion).</summary>
public sealed record StoredReadingRules
{
    public int Version { get; init; }
    public required string Sha256 { get; init; }
    public required string JsonText { get; init; }
    public required string Author { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// The reading rules analysts edit on the site, stored as numbered versions; the newest is the one the reader uses,
/// and with none stored the shipped file is. Only valid text is stored. Apart from the rating rules: nothing here
/// touches a rule set or a rating.
/// </summary>
public sealed class ReadingRulesRepository(DbConnectionFactory connections, AuditLogRepository auditLog)
{
    public const string SaveAction = "readingrules.save";

    private const string LatestSqlite = "SELECT Version, Sha256, JsonText, Author, CreatedAt FROM ReadingRulesVersion ORDER BY Version DESC LIMIT 1";
    private const string LatestSqlServer = "SELECT TOP 1 Version, Sha256, JsonText, Author, CreatedAt FROM dbo.ReadingRulesVersion ORDER BY Version DESC";
    private const string InsertSql = """
        INSERT INTO ReadingRulesVersion (Version, Sha256, JsonText, Author, CreatedAt)
        VALUES (@Version, @Sha256, @JsonText, @Author, @CreatedAt)
        """;

    public async Task<StoredReadingRules?> LatestAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<StoredReadingRules>(new CommandDefinition(
            connections.Dialect.Pick(LatestSqlite, LatestSqlServer), cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Every stored version, newest first.</summary>
    public async Task<IReadOnlyList<StoredReadingRules>> ListAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<StoredReadingRules>(new CommandDefinition(
            "SELECT Version, Sha256, JsonText, Author, CreatedAt FROM ReadingRulesVersion ORDER BY Version DESC", cancellationToken: ct)).ConfigureAwait(false)).AsList();
    }

    public async Task<StoredReadingRules?> FindAsync(int version, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<StoredReadingRules>(new CommandDefinition(
            "SELECT Version, Sha256, JsonText, Author, CreatedAt FROM ReadingRulesVersion WHERE Version = @Version", new { Version = version }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The rules the reader uses now: the newest stored version (numbered as stored), else the shipped file.</summary>
    public async Task<ReadingRules> CurrentAsync(CancellationToken ct)
    {
        if (await LatestAsync(ct).ConfigureAwait(false) is { } stored && ReadingRules.Check(stored.JsonText).Rules is { } rules)
        {
            return rules with { Version = stored.Version };
        }

        return ReadingRules.Shipped;
    }

    /// <summary>
    /// Stores valid text as the next version with its audit entry (hashes before and after), all or nothing; the
    /// version number follows both the newest stored one and the shipped file's. Null when another save took the
    /// number first.
    /// </summary>
    public async Task<StoredReadingRules?> SaveAsync(string jsonText, string author, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jsonText);
        var latest = await LatestAsync(ct).ConfigureAwait(false);
        var before = latest?.Sha256 ?? Sha256Hex.Of(ReadingRules.ShippedJson);
        var version = Math.Max(latest?.Version ?? 0, ReadingRules.Shipped.Version) + 1;
        var stored = new StoredReadingRules { Version = version, Sha256 = Sha256Hex.Of(jsonText), JsonText = jsonText, Author = author, CreatedAt = at };
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertSql, stored, tx, cancellationToken: ct)).ConfigureAwait(false);
            await auditLog.AppendAsync(connection, tx, new AuditEntry
            {
                At = at,
                UserName = author,
                Action = SaveAction,
                Subject = string.Create(CultureInfo.InvariantCulture, $"readingrules:v{version}"),
                BeforeSha256 = before,
                AfterSha256 = stored.Sha256,
            }, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return stored;
        }
        catch (DbException exception) when (SqlDialect.IsUniqueViolation(exception))
        {
            await tx.RollbackAsync(ct).ConfigureAwait(false);
            return null;
        }
    }
}
