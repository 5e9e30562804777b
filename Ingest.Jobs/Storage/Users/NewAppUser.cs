namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>An account to create. PasswordHash is produced by the web's password hasher; storage never sees a password.</summary>
public sealed record NewAppUser
{
    public required string UserName { get; init; }
    public string? DisplayName { get; init; }
    public required string PasswordHash { get; init; }
    public required string Role { get; init; }

    /// <summary>Required for a chair, null otherwise.</summary>
    public string? CommuneCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
