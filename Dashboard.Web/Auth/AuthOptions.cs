using System.ComponentModel.DataAnnotations;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>The <c>Auth</c> configuration section, bound once and checked when the host starts (<see cref="Setup.AuthSetup"/>).</summary>
public sealed record AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Password for the first admin on an empty database; if unset, a random one is printed once.</summary>
    public string? BootstrapAdminPassword { get; init; }

    [Range(1, 1000, ErrorMessage = "Auth:MaxFailedLogins must be between 1 and 1000.")]
    public int MaxFailedLogins { get; init; } = 5;

    [Range(1, 7 * 24 * 60, ErrorMessage = "Auth:LockoutMinutes must be between 1 and 10080 (a week).")]
    public int LockoutMinutes { get; init; } = 15;
}
