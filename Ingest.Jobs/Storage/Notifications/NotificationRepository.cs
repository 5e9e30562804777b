using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Notifications;

/// <summary>The in-app list: a user's notifications, the bell's unread count, marking read.</summary>
public sealed class NotificationRepository(DbConnectionFactory connections)
{
    private const string ListSqlite = """
        SELECT Id, UserId, Kind, Link, TextVi, TextEn, CreatedAt, ReadAt FROM Notification
         WHERE UserId = @UserId ORDER BY Id DESC LIMIT @Take
        """;

    private const string ListSqlServer = """
        SELECT TOP (@Take) Id, UserId, Kind, Link, TextVi, TextEn, CreatedAt, ReadAt FROM dbo.Notification
         WHERE UserId = @UserId ORDER BY Id DESC
        """;

    public async Task<IReadOnlyList<UserNotification>> ListAsync(long userId, int take, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<UserNotification>(new CommandDefinition(
            connections.Dialect.Pick(ListSqlite, ListSqlServer), new { UserId = userId, Take = take }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<int> CountUnreadAsync(long userId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM Notification WHERE UserId = @UserId AND ReadAt IS NULL", new { UserId = userId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// The bell's count for a signed-in user by name, in one query: the header shows it on every page, and looking the
    /// user up first doubled its reads (issue 22). An unknown name counts 0.
    /// </summary>
    public async Task<int> CountUnreadAsync(string userName, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            CountUnreadByNameSql, new { NormalizedUserName = Users.AppUser.Normalize(userName) }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string CountUnreadByNameSql = """
        SELECT COUNT(*) FROM Notification n JOIN AppUser u ON u.Id = n.UserId
         WHERE u.NormalizedUserName = @NormalizedUserName AND n.ReadAt IS NULL
        """;

    /// <summary>
    /// Marks one (id) or all (null) of the user's unread notifications read; another user's id changes nothing. Moves the
    /// data-version stamp when it marked any: the bell's count is kept with the pages (docs/caching.md).
    /// </summary>
    public async Task<int> MarkReadAsync(long userId, long? id, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var marked = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE Notification SET ReadAt = @At WHERE UserId = @UserId AND ReadAt IS NULL AND (@Id IS NULL OR Id = @Id)",
            new { UserId = userId, Id = id, At = at }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await (marked > 0 ? connections.DataVersion.CommitAsync(connection, tx, ct) : tx.CommitAsync(ct)).ConfigureAwait(false);
        return marked;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListOutboxAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OutboxMessage>(new CommandDefinition(
            "SELECT Id, NotificationId, ToAddress, Language, Subject, Body, CreatedAt, Attempts, ClaimedUntil, SentAt, LastError FROM NotificationOutbox ORDER BY Id",
            cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>For the admin page: messages waiting, and those that ran out of attempts.</summary>
    public async Task<(int Waiting, int Failed)> CountOutboxAsync(int maxAttempts, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var waiting = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM NotificationOutbox WHERE SentAt IS NULL AND Attempts < @Max", new { Max = maxAttempts }, cancellationToken: ct)).ConfigureAwait(false);
        var failed = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM NotificationOutbox WHERE SentAt IS NULL AND Attempts >= @Max", new { Max = maxAttempts }, cancellationToken: ct)).ConfigureAwait(false);
        return (waiting, failed);
    }
}
