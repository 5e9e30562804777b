namespace DashboardKpi.Ingest.Jobs.Storage.Notifications;

/// <summary>What a user sets about themselves: the address emails go to and the language they are written in.</summary>
public sealed record AccountSetting
{
    public long UserId { get; init; }
    public string? Email { get; init; }
    public string Language { get; init; } = "vi";
    public DateTimeOffset UpdatedAt { get; init; }
}
