using System.Security.Claims;
using System.Text.Encodings.Web;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// The overview's map markup, rendered once per period, language and visibility (everyone else, or a chair who may
/// open only their own unit) and kept in the ratings' derived cache: it expires with the period's ratings and is
/// dropped with them after an import, a rescore, a publish or removing demo data, so it never shows older colours
/// than the rest of the page. Served on its own (<see cref="MapEndpoint"/>) with the hash of its markup as ETag, so
/// the overview's HTML stays small and a browser fetches the map again only when it changed.
/// </summary>
public sealed class OverviewMap(OverviewQueries overview, RatingsQueries ratings, HtmlEncoder encoder)
{
    /// <summary>The map's SVG markup and its version (a hash of the markup, the ETag).</summary>
    public sealed record Markup(string Svg, string Version);

    /// <summary>The map as SVG markup with its version, or null when no boundaries are loaded.</summary>
    public Task<Markup?> GetAsync(Period period, Ui ui, ClaimsPrincipal user, CancellationToken ct) =>
        ratings.DerivedAsync($"map:{period}:{ui.LanguageTag}:{user.Visibility()}", async fillCt =>
        {
            // Read inside the fill: its entry is tied to the cache generation before the ratings are read, so an
            // invalidation meanwhile drops this markup rather than caching a map of ratings already dropped.
            var data = await overview.GetAsync(period, ui, fillCt);
            if (data.Geometry is null)
            {
                return null;
            }

            var svg = MapSvg.Render(new MapSvg.Input(data.Geometry, data.Rows, data.Period, ui["Overview.MapLabel"]), ui, user.MaySee, encoder);
            return new Markup(svg, Sha256Hex.Of(svg)[..20]);
        }, ct);

    /// <summary>Where the overview fetches the map: the period and the version, so a changed map is a new address.</summary>
    public static string Url(Period period, string version) => $"{MapEndpoint.Path}?period={period}&v={version}";
}
