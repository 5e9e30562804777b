using System.Data.Common;
using System.Globalization;
using Dapper;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>
/// Writes an event's in-app notifications and, when email is on, its outbox rows, on the caller's connection and
/// transaction: the notification exists exactly when the change that caused it was committed. Each recipient gets the
/// text in both languages for the list and the email in their own language.
/// </summary>
public sealed class NotificationWriter(DbConnectionFactory connections, NotificationOptions options, TimeProvider clock)
{
    public NotificationOptions Options => options;

    private sealed record Recipient
    {
        public long UserId { get; init; }
        public string? Email { get; init; }
        public required string Language { get; init; }
        public long OptedOut { get; init; }
    }

    private sealed record UnitName
    {
        public required string Name { get; init; }
        public required string NameEn { get; init; }
    }

    // Disabled is compared with a typed parameter: an integer literal would not compare with PostgreSQL's boolean.
    private const string RecipientsSql = """
        SELECT u.Id AS UserId, s.Email, COALESCE(s.Language, 'vi') AS Language,
               CAST(CASE WHEN EXISTS (SELECT 1 FROM NotificationOptOut o WHERE o.UserId = u.Id AND o.Kind = @Kind) THEN 1 ELSE 0 END AS BIGINT) AS OptedOut
          FROM AppUser u LEFT JOIN AccountSetting s ON s.UserId = u.Id
         WHERE u.Disabled = @Disabled AND ((u.Role = 'chair' AND u.CommuneCode = @ChairsOf) OR u.Role IN @Roles)
         ORDER BY u.Id
        """;

    private const string InsertSqlite = """
        INSERT INTO Notification (UserId, Kind, DedupKey, Link, TextVi, TextEn, CreatedAt)
        VALUES (@UserId, @Kind, @DedupKey, @Link, @TextVi, @TextEn, @CreatedAt)
        ON CONFLICT (UserId, DedupKey) DO NOTHING
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        IF NOT EXISTS (SELECT 1 FROM dbo.Notification WITH (UPDLOCK, HOLDLOCK) WHERE UserId = @UserId AND DedupKey = @DedupKey)
            INSERT INTO dbo.Notification (UserId, Kind, DedupKey, Link, TextVi, TextEn, CreatedAt)
            OUTPUT INSERTED.Id
            VALUES (@UserId, @Kind, @DedupKey, @Link, @TextVi, @TextEn, @CreatedAt)
        """;

    private const string OutboxSql = """
        INSERT INTO NotificationOutbox (NotificationId, ToAddress, Language, Subject, Body, CreatedAt, Attempts)
        VALUES (@NotificationId, @ToAddress, @Language, @Subject, @Body, @CreatedAt, 0)
        """;

    /// <summary>Writes the event for every recipient; returns how many notifications were new.</summary>
    public async Task<int> AddAsync(DbConnection connection, DbTransaction transaction, NotificationEvent notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(notification);
        var recipients = (await connection.QueryAsync<Recipient>(new CommandDefinition(
            RecipientsSql, new { notification.Kind, ChairsOf = notification.ChairsOf ?? "", Roles = notification.Roles, Disabled = false }, transaction, cancellationToken: ct)).ConfigureAwait(false)).AsList();
        if (recipients.Count == 0)
        {
            return 0;
        }

        var unit = notification.CommuneCode is null ? null : await connection.QuerySingleOrDefaultAsync<UnitName>(new CommandDefinition(
            "SELECT Name, NameEn FROM Commune WHERE Code = @Code", new { Code = notification.CommuneCode }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        object?[] args = [unit is null ? new LocalizedText(notification.CommuneCode ?? "", notification.CommuneCode ?? "") : new LocalizedText(unit.Name, unit.NameEn), .. notification.Args];
        var variant = notification.TextVariant ?? notification.Kind;
        var text = IngestText.Both("Notify.Text." + variant, args);
        var subject = IngestText.Both("Notify.Subject." + variant, args);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var recipient in recipients)
        {
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                connections.Dialect.Pick(InsertSqlite, InsertSqlServer),
                new { recipient.UserId, notification.Kind, notification.DedupKey, notification.Link, TextVi = text.Vi, TextEn = text.En, CreatedAt = now },
                transaction, cancellationToken: ct)).ConfigureAwait(false);
            if (id is null)
            {
                continue; // this event already reached this user
            }

            added++;
            if (!options.Email.Enabled || string.IsNullOrWhiteSpace(recipient.Email) || recipient.OptedOut != 0)
            {
                continue;
            }

            var language = recipient.Language == "en" ? Language.En : Language.Vi;
            await connection.ExecuteAsync(new CommandDefinition(OutboxSql, new
            {
                NotificationId = id.Value,
                ToAddress = recipient.Email,
                Language = recipient.Language,
                Subject = subject.In(language),
                Body = Body(text.In(language), notification.Link, language),
                CreatedAt = now,
            }, transaction, cancellationToken: ct)).ConfigureAwait(false);
        }

        return added;
    }

    /// <summary>
    /// The same in a transaction of its own (events that are not part of another change: reminders, digests). Moves the
    /// data-version stamp when it added any: the bell in every page's header counts them (docs/caching.md).
    /// </summary>
    public async Task<int> AddAsync(NotificationEvent notification, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var added = await AddAsync(connection, transaction, notification, ct).ConfigureAwait(false);
        await (added > 0 ? connections.DataVersion.CommitAsync(connection, transaction, ct) : transaction.CommitAsync(ct)).ConfigureAwait(false);
        return added;
    }

    private string Body(string text, string link, Language language)
    {
        var url = (options.PublicBaseUrl?.TrimEnd('/') ?? "") + link;
        var more = IngestText.Both("Notify.Link", url).In(language);
        var footer = IngestText.Both("Notify.Footer").In(language);
        return string.Create(CultureInfo.InvariantCulture, $"{text}\n\n{more}\n\n-- \n{footer}\n");
    }
}
