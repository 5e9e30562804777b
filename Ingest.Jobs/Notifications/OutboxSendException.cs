namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>Some messages of a batch could not be sent (they stay in the outbox); thrown so Hangfire retries the job.</summary>
public sealed class OutboxSendException(int failed, int sent)
    : Exception($"{failed} message(s) could not be sent ({sent} sent); they stay in the outbox and are retried.")
{
    public int Failed { get; } = failed;

    public int Sent { get; } = sent;
}
