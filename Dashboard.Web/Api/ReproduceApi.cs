using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>GET /api/v1/communes/{code}/scorecard/reproduce: recompute a stored rating from what it was pinned to.</summary>
public static class ReproduceApi
{
    public static RouteGroupBuilder MapReproduceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/communes/{code}/scorecard/reproduce", ReproduceAsync)
            .WithTags("Communes")
            .WithName("ReproduceScorecard")
            .WithSummary("Recomputes a unit's stored rating from its pinned rule-set version and data snapshot and says whether its facts are identical (and whether only the wording changed); otherwise lists the facts that differ.")
            .Produces<ReproductionDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="code">The unit's code, e.g. 26740 (Phường Sài Gòn).</param>
    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    private static async Task<IResult> ReproduceAsync(
        string code, string? period, ClaimsPrincipal user, RatingsQueries ratings, RatingReproducer reproducer, RuleVersionService versions, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        if (!user.MaySee(code))
        {
            return ApiProblems.Forbidden(code);
        }

        if (!(await ratings.ListCommunesAsync(ct)).Any(c => c.Code == code))
        {
            return ApiProblems.UnknownCommune(code);
        }

        var chosen = await ratings.ResolvePeriodAsync(asked, ct);
        var result = chosen is { } shown ? await reproducer.ReproduceLatestAsync(code, shown, ct) : null;
        if (result is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "No stored rating",
                UiText.Both("Api.NoStoredRating", code, chosen is { } rated ? rated.ToString() : UiText.Both("Api.AnyPeriod")));
        }

        var pinned = await versions.FindAsync(result.RuleSetVersion, ct);
        var verdict = result.Identical ? "Api.Identical" : "Api.Different";
        return TypedResults.Ok(new ReproductionDto(
            result.CommuneCode, result.Period, result.Identical,
            UiText.Get(verdict, Language.En), UiText.Get(verdict, Language.Vi),
            [.. result.Differences.Select(d => d.En)], [.. result.Differences.Select(d => d.Vi)],
            result.WordingChanged, result.WordingNote?.En, result.WordingNote?.Vi,
            result.RuleSetId, result.RuleSetVersion, pinned?.Sha256, result.DataSnapshotId, result.SnapshotId,
            result.StoredAppVersion, result.CurrentAppVersion));
    }
}
