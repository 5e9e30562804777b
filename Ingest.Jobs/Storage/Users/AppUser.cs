namespace DashboardKpi.Ingest.Jobs.Storage.Users;

/// <summary>A stored account, with the lockout state the login page needs.</summary>
public sealed record AppUser
{
    public long Id { get; init; }
    public required string UserName { get; init; }
    public required string NormalizedUserName { get; init; }
    public string? DisplayName { get; init; }
    public required string PasswordHash { get; init; }
    public required string Role { get; init; }
    public string? CommuneCode { get; init; }
    public int FailedLoginCount { get; init; }
    public DateTimeOffset? LockoutEndsAt { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }
    public bool Disabled { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Uniqueness is on this form, so "An" and "an" are the same account whatever the database collation.</summary>
    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().Normalize(System.Text.NormalizationForm.FormC).ToUpperInvariant();
    }
}
