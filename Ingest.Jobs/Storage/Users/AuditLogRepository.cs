using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>The append-only audit log: there is deliberately no update or delete here.</summary>
public sealed class AuditLogRepository(DbConnectionFactory connections)
{
    private const string Columns = "Id, At, UserName, Action, Subject, BeforeSha256, AfterSha256, DetailJson";

    private const string AppendSqlite = """
        INSERT INTO AuditLog (At, UserName, Action, Subject, BeforeSha256, AfterSha256, DetailJson)
        VALUES (@At, @UserName, @Action, @Subject, @BeforeSha256, @AfterSha256, @DetailJson)
        RETURNING Id
        """;

    private const string AppendSqlServer = """
        INSERT INTO dbo.AuditLog (At, UserName, Action, Subject, BeforeSha256, AfterSha256, DetailJson)
        OUTPUT INSERTED.Id
        VALUES (@At, @UserName, @Action, @Subject, @BeforeSha256, @AfterSha256, @DetailJson)
        """;

    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(AppendSqlite, AppendSqlServer), entry, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Appends inside the caller's transaction, so an action and its audit entry commit together or not at all.</summary>
    public async Task<long> AppendAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(entry);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(AppendSqlite, AppendSqlServer), entry, transaction, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListRecentSqlite = "SELECT " + Columns + " FROM AuditLog ORDER BY Id DESC LIMIT @Take";

    private const string ListRecentSqlServer = "SELECT TOP (@Take) " + Columns + " FROM dbo.AuditLog ORDER BY Id DESC";

    /// <summary>The latest entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListRecentAsync(int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditEntry>(new CommandDefinition(
            connections.Dialect.Pick(ListRecentSqlite, ListRecentSqlServer), new { Take = take }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    private const string ListForSubjectSqlite =
        "SELECT " + Columns + " FROM AuditLog WHERE Subject = @Subject ORDER BY Id DESC LIMIT @Take";

    private const string ListForSubjectSqlServer =
        "SELECT TOP (@Take) " + Columns + " FROM dbo.AuditLog WHERE Subject = @Subject ORDER BY Id DESC";

    /// <summary>The latest entries about one subject, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListForSubjectAsync(string subject, int take, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<AuditEntry>(new CommandDefinition(
            connections.Dialect.Pick(ListForSubjectSqlite, ListForSubjectSqlServer),
            new { Subject = subject, Take = take },
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }
}
