using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>Accounts for the web: lookup by name, role changes, and the counters behind login lockout.</summary>
public sealed class UserRepository(DbConnectionFactory connections)
{
    private const string Columns =
        "Id, UserName, NormalizedUserName, DisplayName, PasswordHash, Role, CommuneCode, FailedLoginCount, LockoutEndsAt, LastLoginAt, Disabled, CreatedAt";

    private const string InsertSqlite = """
        INSERT INTO AppUser (UserName, NormalizedUserName, DisplayName, PasswordHash, Role, CommuneCode, CreatedAt)
        VALUES (@UserName, @NormalizedUserName, @DisplayName, @PasswordHash, @Role, @CommuneCode, @CreatedAt)
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        INSERT INTO dbo.AppUser (UserName, NormalizedUserName, DisplayName, PasswordHash, Role, CommuneCode, CreatedAt)
        OUTPUT INSERTED.Id
        VALUES (@UserName, @NormalizedUserName, @DisplayName, @PasswordHash, @Role, @CommuneCode, @CreatedAt)
        """;

    /// <summary>Creates an account; a taken name (case-insensitively) fails with a unique violation.</summary>
    public async Task<long> InsertAsync(NewAppUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertSqlite, InsertSqlServer),
            new
            {
                UserName = user.UserName.Trim(),
                NormalizedUserName = AppUser.Normalize(user.UserName),
                user.DisplayName,
                user.PasswordHash,
                user.Role,
                user.CommuneCode,
                user.CreatedAt,
            },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string FindByUserNameSql = "SELECT " + Columns + " FROM AppUser WHERE NormalizedUserName = @NormalizedUserName";

    public async Task<AppUser?> FindByUserNameAsync(string userName, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<AppUser>(new CommandDefinition(
            FindByUserNameSql, new { NormalizedUserName = AppUser.Normalize(userName) }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListSql = "SELECT " + Columns + " FROM AppUser ORDER BY NormalizedUserName";

    public async Task<IReadOnlyList<AppUser>> ListAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AppUser>(new CommandDefinition(ListSql, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string UpdatePasswordHashSql = "UPDATE AppUser SET PasswordHash = @PasswordHash WHERE NormalizedUserName = @NormalizedUserName";

    public Task<bool> UpdatePasswordHashAsync(string userName, string passwordHash, CancellationToken ct) =>
        UpdateAsync(UpdatePasswordHashSql, new { NormalizedUserName = AppUser.Normalize(userName), PasswordHash = passwordHash }, ct);

    private const string UpdateRoleSql =
        "UPDATE AppUser SET Role = @Role, CommuneCode = @CommuneCode WHERE NormalizedUserName = @NormalizedUserName";

    /// <summary>Changes the role (and the commune, required for a chair; the database refuses a chair without one).</summary>
    public Task<bool> UpdateRoleAsync(string userName, string role, string? communeCode, CancellationToken ct) =>
        UpdateAsync(UpdateRoleSql, new { NormalizedUserName = AppUser.Normalize(userName), Role = role, CommuneCode = communeCode }, ct);

    private const string SetDisabledSql = "UPDATE AppUser SET Disabled = @Disabled WHERE NormalizedUserName = @NormalizedUserName";

    public Task<bool> SetDisabledAsync(string userName, bool disabled, CancellationToken ct) =>
        UpdateAsync(SetDisabledSql, new { NormalizedUserName = AppUser.Normalize(userName), Disabled = disabled }, ct);

    private const string RecordLoginFailureSql = """
        UPDATE AppUser
           SET FailedLoginCount = FailedLoginCount + 1,
               LockoutEndsAt = CASE WHEN FailedLoginCount + 1 >= @MaxFailures THEN @LockoutEndsAt ELSE LockoutEndsAt END
         WHERE NormalizedUserName = @NormalizedUserName
        """;

    /// <summary>
    /// Counts a failed login in one statement (no lost update between two nodes) and locks the account until
    /// <paramref name="lockoutEndsAt"/> once <paramref name="maxFailures"/> is reached.
    /// </summary>
    public Task<bool> RecordLoginFailureAsync(string userName, int maxFailures, DateTimeOffset lockoutEndsAt, CancellationToken ct) =>
        UpdateAsync(RecordLoginFailureSql, new
        {
            NormalizedUserName = AppUser.Normalize(userName),
            MaxFailures = maxFailures,
            LockoutEndsAt = lockoutEndsAt,
        }, ct);

    private const string RecordLoginSuccessSql = """
        UPDATE AppUser SET FailedLoginCount = 0, LockoutEndsAt = NULL, LastLoginAt = @At WHERE NormalizedUserName = @NormalizedUserName
        """;

    public Task<bool> RecordLoginSuccessAsync(string userName, DateTimeOffset at, CancellationToken ct) =>
        UpdateAsync(RecordLoginSuccessSql, new { NormalizedUserName = AppUser.Normalize(userName), At = at }, ct);

    private async Task<bool> UpdateAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }
}
