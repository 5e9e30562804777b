using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>API tokens for machine clients, looked up by the SHA-256 of the presented token.</summary>
public sealed class ApiTokenRepository(DbConnectionFactory connections)
{
    private const string Columns = "Id, Name, TokenSha256, Role, CommuneCode, CreatedBy, CreatedAt, RevokedAt";

    private const string InsertSqlite = """
        INSERT INTO ApiToken (Name, TokenSha256, Role, CommuneCode, CreatedBy, CreatedAt)
        VALUES (@Name, @TokenSha256, @Role, @CommuneCode, @CreatedBy, @CreatedAt)
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        INSERT INTO dbo.ApiToken (Name, TokenSha256, Role, CommuneCode, CreatedBy, CreatedAt)
        OUTPUT INSERTED.Id
        VALUES (@Name, @TokenSha256, @Role, @CommuneCode, @CreatedBy, @CreatedAt)
        """;

    public async Task<long> InsertAsync(NewApiToken token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertSqlite, InsertSqlServer), token, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string FindActiveByHashSql = "SELECT " + Columns + " FROM ApiToken WHERE TokenSha256 = @TokenSha256 AND RevokedAt IS NULL";

    /// <summary>The unrevoked token with this hash, or null: the whole authentication check for a machine client.</summary>
    public async Task<ApiToken?> FindActiveByHashAsync(string tokenSha256, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ApiToken>(new CommandDefinition(
            FindActiveByHashSql, new { TokenSha256 = tokenSha256 }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string RevokeSql = "UPDATE ApiToken SET RevokedAt = @RevokedAt WHERE Id = @Id AND RevokedAt IS NULL";

    public async Task<bool> RevokeAsync(long id, DateTimeOffset revokedAt, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(RevokeSql, new { Id = id, RevokedAt = revokedAt }, cancellationToken: ct))
            .ConfigureAwait(false) == 1;
    }

    private const string ListSql = "SELECT " + Columns + " FROM ApiToken ORDER BY Id DESC";

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ApiToken>(new CommandDefinition(ListSql, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }
}
