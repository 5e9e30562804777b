using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Methodology;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>GET /api/v1/methodology: the Methodology page's content as JSON, for the period's rule set.</summary>
public static class MethodologyApi
{
    public static RouteGroupBuilder MapMethodologyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/methodology", GetAsync)
            .WithTags("Methodology")
            .WithName("GetMethodology")
            .WithSummary("How the published rule set in force for a period rates a unit: every criterion's indicator and how it is computed, thresholds and overrides with their basis (official, adopted, proposed), reference or rationale and source, validity, missing-data rule, minimum denominator, critical flag; the overall method with its parameters and rationale; the boundary convention.")
            .Produces<MethodologyDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    private static async Task<IResult> GetAsync(string? period, MethodologyQueries methodology, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        var result = await methodology.ForPeriodAsync(asked, ct);
        return result.Methodology is { } found
            ? TypedResults.Ok(found)
            : ApiProblems.Problem(StatusCodes.Status404NotFound, "No rule set in force", UiText.Both("Api.NoRuleSetInForce", result.Period.ToString()));
    }
}
