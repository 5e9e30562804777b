using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>GET /api/v1/ratings: every unit's overall colour for a period, for city systems such as the IOC.</summary>
public static class RatingsApi
{
    public static RouteGroupBuilder MapRatingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ratings", ListAsync)
            .WithTags("Ratings")
            .WithName("ListRatings")
            .WithSummary("Each unit in force in the period (the 168 from July 2025 until a re-organisation is recorded): its overall colour (green/yellow/red/noData), score and rule-set version for a period, and whether the period's colours are up to date.")
            .Produces<RatingsDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    private static async Task<IResult> ListAsync(string? period, RatingsQueries ratings, RescoreNotices notices, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        var chosen = await ratings.ResolvePeriodAsync(asked, ct);
        if (chosen is not { } shown)
        {
            return ApiProblems.NoPeriods();
        }

        var rated = await ratings.ForPeriodAsync(shown, ct);
        var rows = (await ratings.ListCommunesInForceAsync(shown, ct)).Select(c => rated.TryGetValue(c.Code, out var r)
            ? new RatingDto(c.Code, c.FullName, r.Overall, r.Score, r.RuleSetId, r.RuleSetVersion, r.ComputedAt)
            : new RatingDto(c.Code, c.FullName, RatingColour.NoData, null, null, null, null)).ToList();
        return TypedResults.Ok(new RatingsDto(shown, rows.Count, rows, await notices.StatusAsync(shown, ct), MethodologyQueries.Url(shown)));
    }
}
