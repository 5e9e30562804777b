using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Notifications;

/// <summary>Email address, preferred language and email opt-outs per user.</summary>
public sealed class AccountSettingRepository(DbConnectionFactory connections)
{
    public async Task<AccountSetting?> FindAsync(long userId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<AccountSetting>(new CommandDefinition(
            "SELECT UserId, Email, Language, UpdatedAt FROM AccountSetting WHERE UserId = @UserId", new { UserId = userId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AccountSetting>> ListAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AccountSetting>(new CommandDefinition(
            "SELECT UserId, Email, Language, UpdatedAt FROM AccountSetting", cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string UpdateSql = "UPDATE AccountSetting SET Email = @Email, Language = @Language, UpdatedAt = @UpdatedAt WHERE UserId = @UserId";

    private const string InsertSql = "INSERT INTO AccountSetting (UserId, Email, Language, UpdatedAt) VALUES (@UserId, @Email, @Language, @UpdatedAt)";

    /// <summary>Sets the address (null: none) and language ("vi" or "en") of a user.</summary>
    public async Task SaveAsync(AccountSetting setting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(setting);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await connection.ExecuteAsync(new CommandDefinition(UpdateSql, setting, tx, cancellationToken: ct)).ConfigureAwait(false) == 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertSql, setting, tx, cancellationToken: ct)).ConfigureAwait(false);
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListOptOutsAsync(long userId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT Kind FROM NotificationOptOut WHERE UserId = @UserId ORDER BY Kind", new { UserId = userId }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>Replaces the user's opt-outs with <paramref name="kinds"/>.</summary>
    public async Task SaveOptOutsAsync(long userId, IEnumerable<string> kinds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM NotificationOptOut WHERE UserId = @UserId", new { UserId = userId }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO NotificationOptOut (UserId, Kind) VALUES (@UserId, @Kind)",
            kinds.Distinct(StringComparer.Ordinal).Select(k => new { UserId = userId, Kind = k }), tx, cancellationToken: ct)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }
}
