using DashboardKpi.Ingest.Jobs.Notifications;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>Every morning: due-date reminders, overdue notices and the committee's digest of the last closed period.</summary>
public sealed class DailyNotificationsJob(ScheduledNotifications scheduled)
{
    public const string JobId = "notifications:daily";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken ct) => scheduled.RunAsync(ct);
}
