namespace DashboardKpi.Ingest.Jobs.Storage.Notifications;

/// <summary>One entry of a user's in-app list, in both languages (the page shows the reader's).</summary>
public sealed record UserNotification
{
    public long Id { get; init; }
    public long UserId { get; init; }
    public required string Kind { get; init; }
    public required string Link { get; init; }
    public required string TextVi { get; init; }
    public required string TextEn { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; init; }
}
