namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>A stored API token (hash only). A revoked token stays listed for the audit trail.</summary>
public sealed record ApiToken
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string TokenSha256 { get; init; }
    public required string Role { get; init; }
    public string? CommuneCode { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}
