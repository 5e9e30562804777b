using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>GET /api/v1/communes and GET /api/v1/communes/{code}/scorecard.</summary>
public static class CommunesApi
{
    public static RouteGroupBuilder MapCommunesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/communes").WithTags("Communes");
        group.MapGet("/", ListAsync)
            .WithName("ListCommunes")
            .WithSummary("The commune-level units (phường, xã, đặc khu; the 168 from July 2025 and any later re-organisation's, ended ones included) with names in Vietnamese and English and the periods each is in force.");
        group.MapGet("/{code}/scorecard", ScorecardAsync)
            .WithName("GetScorecard")
            .WithSummary("A unit's scorecard for a period: every criterion with value, threshold, colour, gap and reasons (vi/en), and the path to green.")
            .Produces<ScorecardDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<List<CommuneDto>>> ListAsync(RatingsQueries ratings, CancellationToken ct)
    {
        var communes = await ratings.ListCommunesAsync(ct);
        return TypedResults.Ok(communes.Select(c => new CommuneDto(
            c.Code, c.Type, c.Name, c.FullName, c.NameEn, c.FullNameEn, c.Population, c.AreaKm2, c.LabelLat, c.LabelLon, c.ValidFrom, c.ValidTo)).ToList());
    }

    /// <param name="code">The unit's code, e.g. 26740 (Phường Sài Gòn).</param>
    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    private static async Task<IResult> ScorecardAsync(string code, string? period, ScorecardQueries queries, RescoreNotices notices, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        if (!user.MaySee(code))
        {
            return ApiProblems.Forbidden(code);
        }

        var card = await queries.GetAsync(code, asked, ct);
        if (card is null)
        {
            return ApiProblems.UnknownCommune(code);
        }

        return card.Period is not { } shown ? ApiProblems.NoPeriods() : TypedResults.Ok(ScorecardMapper.ToDto(card, await notices.StatusAsync(shown, ct)));
    }
}
