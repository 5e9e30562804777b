using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// GET /map/overview.svg?period=yyyy-MM&amp;v=…: the overview's map on its own, for the reader's language and what they
/// may open (a chair's links only their own unit), with the caching of <see cref="VersionedResource"/>.
/// </summary>
public static class MapEndpoint
{
    public const string Path = "/map/overview.svg";

    public static WebApplication MapOverviewMap(this WebApplication app)
    {
        app.MapGet(Path, GetAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(HttpContext http, string? period, string? v, RatingsQueries ratings, OverviewMap map, Ui ui, CancellationToken ct)
    {
        if (!PageParts.PeriodQuery.TryRead(period, out var asked))
        {
            return Results.Text(ui.Format("BadPeriod", period), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        // Only a rated period: the address is not a way to fill the cache with maps of arbitrary months.
        var periods = await ratings.ListPeriodsAsync(ct);
        var chosen = asked ?? await ratings.ResolvePeriodAsync(null, ct);
        var markup = chosen is not { } shown || !periods.Contains(shown) ? null : await map.GetAsync(shown, ui, http.User, ct);
        if (markup is null)
        {
            return Results.NotFound();
        }

        return VersionedResource.PrepareResponse(http, markup.Version, v)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Text(markup.Svg, "image/svg+xml; charset=utf-8");
    }
}
