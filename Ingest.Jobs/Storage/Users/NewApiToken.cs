namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>A machine client's token to register. Only its SHA-256 is stored; the token itself is shown once.</summary>
public sealed record NewApiToken
{
    public required string Name { get; init; }
    public required string TokenSha256 { get; init; }
    public required string Role { get; init; }
    public string? CommuneCode { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
