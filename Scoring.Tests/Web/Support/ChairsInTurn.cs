using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// How a cache that keys markup by what the reader may open is tested: the admin fills it first, then two chairs of
/// different units each read twice (the second answer comes from the cache), then the admin again.
/// </summary>
internal static class ChairsInTurn
{
    /// <summary>Chair A's unit (Sài Gòn) and chair B's.</summary>
    public const string UnitA = "26740", UnitB = "25747";

    public sealed record Reads(string Admin, string[] ChairA, string[] ChairB, string AdminAgain);

    /// <summary><paramref name="read"/> for each reader in that order; <paramref name="prefix"/> names the chairs' accounts.</summary>
    public static async Task<Reads> ReadAsync(DashboardServer server, HttpClient admin, string prefix, Func<HttpClient, Task<string>> read)
    {
        using var chairA = await server.LoginAsNewUserAsync(prefix + "-a", UserRoles.Chair, UnitA);
        using var chairB = await server.LoginAsNewUserAsync(prefix + "-b", UserRoles.Chair, UnitB);
        var first = await read(admin);
        var a = new[] { await read(chairA), await read(chairA) };
        var b = new[] { await read(chairB), await read(chairB) };
        return new Reads(first, a, b, await read(admin));
    }
}
