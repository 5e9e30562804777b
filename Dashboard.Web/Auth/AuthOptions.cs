namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed record AuthOptions
{
    /// <summary>Password for the first admin on an empty database; if unset, a random one is printed once.</summary>
    public string? BootstrapAdminPassword { get; init; }

    public int MaxFailedLogins { get; init; } = 5;

    public int LockoutMinutes { get; init; } = 15;

    public static AuthOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth");
        return new AuthOptions
        {
            BootstrapAdminPassword = section["BootstrapAdminPassword"],
            MaxFailedLogins = section.GetValue("MaxFailedLogins", 5),
            LockoutMinutes = section.GetValue("LockoutMinutes", 15),
        };
    }
}
