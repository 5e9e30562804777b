using System.Globalization;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>
/// Sends the outbox one message at a time: claim the row (a lease, so two nodes never send the same row), send it, mark
/// it sent. A message in flight is finished before a shutdown is honoured (the job's token is checked only between
/// messages), so a restart resends nothing that was sent and finds everything that was not. The one window left is a
/// process killed between the server's "250 OK" and the mark; the Message-ID is fixed per row so a mail system can drop
/// such a repeat. A failed send is retried later with a growing pause, up to <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class OutboxSender(DbConnectionFactory connections, NotificationOptions options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Sends what is waiting; returns how many were sent. Throws after the batch if any failed, so the job retries.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct)
    {
        if (!options.Email.Enabled)
        {
            return 0;
        }

        using var smtp = new SmtpClient { Timeout = options.Email.TimeoutSeconds * 1000 };
        var sent = 0;
        var failed = 0;
        try
        {
            while (!ct.IsCancellationRequested && await ClaimNextAsync().ConfigureAwait(false) is { } message)
            {
                try
                {
                    await ConnectAsync(smtp).ConfigureAwait(false);
                    using var mime = Build(message);
                    await smtp.SendAsync(mime, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failed++;
                    LogSendFailed(exception, message.Id);
                    await FailedAsync(message, exception).ConfigureAwait(false);
                    continue;
                }

                await MarkSentAsync(message.Id).ConfigureAwait(false);
                sent++;
            }
        }
        finally
        {
            if (smtp.IsConnected)
            {
                await smtp.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return failed > 0 ? throw new OutboxSendException(failed, sent) : sent;
    }

    private async Task ConnectAsync(SmtpClient smtp)
    {
        if (smtp.IsConnected)
        {
            return;
        }

        var security = Enum.TryParse<SecureSocketOptions>(options.Email.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTlsWhenAvailable;
        await smtp.ConnectAsync(options.Email.Host!, options.Email.Port, security, CancellationToken.None).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.Email.UserName))
        {
            await smtp.AuthenticateAsync(options.Email.UserName, options.Email.Password ?? "", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private MimeMessage Build(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
            MessageId = string.Create(CultureInfo.InvariantCulture, $"outbox-{message.Id}.{message.NotificationId}@dashboard-kpi"),
        };
        mime.From.Add(MailboxAddress.Parse(options.Email.From!));
        mime.To.Add(MailboxAddress.Parse(message.ToAddress));
        mime.Headers.Add("Content-Language", message.Language);
        mime.Headers.Add("X-Dashboard-Outbox-Id", message.Id.ToString(CultureInfo.InvariantCulture));
        return mime;
    }

    private const string NextSql = """
        SELECT Id, NotificationId, ToAddress, Language, Subject, Body, CreatedAt, Attempts, ClaimedUntil, SentAt, LastError
          FROM NotificationOutbox
         WHERE SentAt IS NULL AND Attempts < @Max AND (ClaimedUntil IS NULL OR ClaimedUntil < @Now)
         ORDER BY Id
        """;

    private const string ClaimSql = """
        UPDATE NotificationOutbox SET ClaimedUntil = @Until
         WHERE Id = @Id AND SentAt IS NULL AND (ClaimedUntil IS NULL OR ClaimedUntil < @Now)
        """;

    /// <summary>Not cancellable: a shutdown is honoured before a claim, never half-way through one.</summary>
    private async Task<OutboxMessage?> ClaimNextAsync()
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        while (true)
        {
            var now = clock.GetUtcNow();
            var next = await connection.QueryFirstOrDefaultAsync<OutboxMessage>(new CommandDefinition(
                NextSql, new { Max = options.MaxAttempts, Now = now })).ConfigureAwait(false);
            if (next is null)
            {
                return null;
            }

            // Another node may have claimed it between the read and this update: then look for the next one.
            if (await connection.ExecuteAsync(new CommandDefinition(ClaimSql, new { next.Id, Now = now, Until = now + Lease })).ConfigureAwait(false) == 1)
            {
                return next;
            }
        }
    }

    private async Task MarkSentAsync(long id)
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE NotificationOutbox SET SentAt = @At, ClaimedUntil = NULL WHERE Id = @Id", new { Id = id, At = clock.GetUtcNow() })).ConfigureAwait(false);
    }

    private async Task FailedAsync(OutboxMessage message, Exception exception)
    {
        // Pause 1, 2, 4, … minutes (at most an hour) before the next try of this message.
        var pause = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, message.Attempts)));
        var error = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
        await using var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE NotificationOutbox SET Attempts = Attempts + 1, LastError = @Error, ClaimedUntil = @Until WHERE Id = @Id",
            new { message.Id, Error = error, Until = clock.GetUtcNow() + pause })).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox message {OutboxId} failed; it will be retried")]
    private partial void LogSendFailed(Exception exception, long outboxId);
}
