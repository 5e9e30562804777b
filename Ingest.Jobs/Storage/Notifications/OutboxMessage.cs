namespace DashboardKpi.Ingest.Jobs.Storage.Notifications;

/// <summary>An email waiting in the outbox (or sent: <see cref="SentAt"/>).</summary>
public sealed record OutboxMessage
{
    public long Id { get; init; }
    public long NotificationId { get; init; }
    public required string ToAddress { get; init; }
    public required string Language { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset? ClaimedUntil { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public string? LastError { get; init; }
}
