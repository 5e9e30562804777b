using System.Security.Claims;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>One unit (commune or ward) as the resource of an authorization check.</summary>
public sealed record UnitResource(string CommuneCode);

/// <summary>What may be done to one unit's actions and disputes; decided by <see cref="UnitAccessHandler"/>.</summary>
public static class UnitOperations
{
    /// <summary>Create an action, or edit it / mark it "done, waiting for data".</summary>
    public static readonly OperationAuthorizationRequirement ChangeAction = new() { Name = nameof(ChangeAction) };

    public static readonly OperationAuthorizationRequirement FileDispute = new() { Name = nameof(FileDispute) };
}

/// <summary>
/// The rules that depend on which unit is touched, in one place for pages and API (cookie or token): a chair only ever
/// touches its own unit; analysts and admins change any unit's actions; only admins file disputes beside chairs.
/// Rules that depend on the role alone are policies (<see cref="Policies"/>).
/// </summary>
public sealed class UnitAccessHandler : AuthorizationHandler<OperationAuthorizationRequirement, UnitResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, UnitResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var user = context.User;
        var chairOfUnit = user.IsInRole(UserRoles.Chair) && user.MaySee(resource.CommuneCode);
        var allowed = requirement.Name switch
        {
            nameof(UnitOperations.ChangeAction) => user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.Analyst) || chairOfUnit,
            nameof(UnitOperations.FileDispute) => user.IsInRole(UserRoles.Admin) || chairOfUnit,
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Yes/no forms of the two kinds of check, for code that answers a refusal in its own words.</summary>
public static class AuthorizationChecks
{
    public static async Task<bool> MayAsync(this IAuthorizationService auth, ClaimsPrincipal user, OperationAuthorizationRequirement operation, string communeCode)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return (await auth.AuthorizeAsync(user, new UnitResource(communeCode), operation)).Succeeded;
    }

    public static async Task<bool> MeetsAsync(this IAuthorizationService auth, ClaimsPrincipal user, string policy)
    {
        ArgumentNullException.ThrowIfNull(auth);
        return (await auth.AuthorizeAsync(user, policy)).Succeeded;
    }
}
