using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authorization;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// The authorization policies, one per kind of work. Pages get them by folder convention (see PagesSetup); checks that
/// depend on the unit touched are resource-based (<see cref="UnitAccessHandler"/>).
/// </summary>
public static class Policies
{
    /// <summary>Users, API tokens, demo data, the Hangfire dashboard.</summary>
    public const string Admin = "Admin";

    /// <summary>Rule sets (and what-if): admins and analysts.</summary>
    public const string RuleEditor = "RuleEditor";

    /// <summary>Uploads, manual entry, rejected rows: admins and data stewards.</summary>
    public const string DataSteward = "DataSteward";

    /// <summary>Accepting or rejecting a dispute: stewards, analysts and admins.</summary>
    public const string DisputeDecider = "DisputeDecider";

    /// <summary>Cancelling an action: analysts and admins.</summary>
    public const string ActionCanceller = "ActionCanceller";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(UserRoles.Admin));
        options.AddPolicy(RuleEditor, p => p.RequireAuthenticatedUser().RequireRole(UserRoles.Admin, UserRoles.Analyst));
        options.AddPolicy(DataSteward, p => p.RequireAuthenticatedUser().RequireRole(UserRoles.Admin, UserRoles.Steward));
        options.AddPolicy(DisputeDecider, p => p.RequireAuthenticatedUser().RequireRole(UserRoles.Admin, UserRoles.Analyst, UserRoles.Steward));
        options.AddPolicy(ActionCanceller, p => p.RequireAuthenticatedUser().RequireRole(UserRoles.Admin, UserRoles.Analyst));

        // Everything not marked otherwise needs a signed-in user: pages, API, OpenAPI document.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
