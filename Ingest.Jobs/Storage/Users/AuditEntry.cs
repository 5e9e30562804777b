namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>
/// Who did what to which subject, when. Before/after hashes identify the exact content replaced and written
/// (e.g. rule JSON) without copying it; DetailJson carries whatever else the action needs. Id is set by storage.
/// </summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string UserName { get; init; }

    /// <summary>A stable verb such as "ruleset.publish" or "user.disable".</summary>
    public required string Action { get; init; }

    /// <summary>What was acted on, such as "ruleset:plan02:v3" or "user:an.nguyen".</summary>
    public required string Subject { get; init; }

    public string? BeforeSha256 { get; init; }
    public string? AfterSha256 { get; init; }
    public string? DetailJson { get; init; }
}
