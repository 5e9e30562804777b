using System.Security.Claims;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>The claims a signed-in user or token carries, and the one access rule that depends on data: a chair's commune.</summary>
public static class DashboardClaims
{
    public const string Commune = "dashboard:commune";
    public const string DisplayName = "dashboard:display-name";

    public static ClaimsIdentity Identity(string name, string role, string? communeCode, string? displayName, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(ClaimTypes.Role, role) };
        if (communeCode is not null)
        {
            claims.Add(new Claim(Commune, communeCode));
        }

        if (!string.IsNullOrWhiteSpace(displayName))
        {
            claims.Add(new Claim(DisplayName, displayName));
        }

        return new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role);
    }

    /// <summary>The commune a chair is bound to; null for every other role.</summary>
    public static string? BoundCommune(this ClaimsPrincipal user) =>
        user.IsInRole(UserRoles.Chair) ? user.FindFirstValue(Commune) ?? "" : null;

    /// <summary>Chairs see their own commune only; every other role sees all 168.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string communeCode) =>
        user.BoundCommune() is not { } bound || string.Equals(bound, communeCode, StringComparison.Ordinal);

    /// <summary>
    /// Everything <see cref="MaySee"/> depends on, as a cache key part: markup that links only what the reader may
    /// open (the overview map) is cached per visibility, never per role. Change it together with MaySee.
    /// </summary>
    public static string Visibility(this ClaimsPrincipal user) =>
        user.BoundCommune() is { } bound ? "unit:" + bound : "all";

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
