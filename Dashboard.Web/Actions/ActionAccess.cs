using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>
/// Who may do what with actions and disputes. A chair only ever touches its own unit; committee members and
/// stewards read actions; stewards and analysts decide disputes. The same rules serve pages and API (cookie or token).
/// </summary>
public static class ActionAccess
{
    public static bool MayCreateAction(this ClaimsPrincipal user, string communeCode) =>
        user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.Analyst) || (user.IsInRole(UserRoles.Chair) && user.MaySee(communeCode));

    /// <summary>Editing owner, date, note or marking "done, waiting for data": the same people who may create.</summary>
    public static bool MayChangeAction(this ClaimsPrincipal user, string communeCode) => user.MayCreateAction(communeCode);

    public static bool MayCancelAction(this ClaimsPrincipal user) => user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.Analyst);

    public static bool MayFileDispute(this ClaimsPrincipal user, string communeCode) =>
        user.IsInRole(UserRoles.Admin) || (user.IsInRole(UserRoles.Chair) && user.MaySee(communeCode));

    public static bool MayDecideDispute(this ClaimsPrincipal user) =>
        user.IsInRole(UserRoles.Admin) || user.IsInRole(UserRoles.Analyst) || user.IsInRole(UserRoles.Steward);
}
