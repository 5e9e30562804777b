using DashboardKpi.Ingest.Jobs.Notifications;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>Sends the email outbox every minute; a failed message makes the run throw so Hangfire retries it.</summary>
public sealed class SendNotificationsJob(OutboxSender sender)
{
    public const string JobId = "notifications:send";

    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public Task RunAsync(CancellationToken ct) => sender.SendPendingAsync(ct);
}
