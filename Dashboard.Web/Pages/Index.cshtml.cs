using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>The city overview: map, counts, trend, worst ten, most improved. Chairs see it too (their own unit is linked).</summary>
public sealed class IndexModel(OverviewQueries overview, OverviewMap map, RatingsQueries ratings, Ui ui) : PageModel
{
    public IReadOnlyList<Scoring.Engine.Model.Period> Periods { get; private set; } = [];

    public OverviewQueries.Overview? Overview { get; private set; }

    /// <summary>The map for this reader, fetched by the page from <see cref="MapEndpoint"/> (cached; see <see cref="OverviewMap"/>).</summary>
    public OverviewMap.Markup? Map { get; private set; }

    /// <summary>Where the period's units and the map's outlines differ; null when there are no outlines.</summary>
    public MapCoverage? Coverage { get; private set; }

    /// <summary>The legend's fill patterns: the same markup on every request.</summary>
    public static string LegendPatterns { get; } = MapSvg.Patterns("legend-");

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui, out var asked)) is not null)
        {
            return Page();
        }

        Periods = await ratings.ListPeriodsAsync(ct);
        var chosen = await ratings.ResolvePeriodAsync(asked, ct);
        if (chosen is { } shown)
        {
            Overview = await overview.GetAsync(shown, ui, ct);
            Map = await map.GetAsync(shown, ui, User, ct);
            Coverage = Overview.Geometry is null ? null : await CoverageAsync(shown, ct);
        }

        return Page();
    }

    /// <summary>
    /// Cached with the ratings rather than compared on every request (two sets of 168 codes each time). Computed from the
    /// overview as read inside the fill, so an entry is never older than the stamp it is kept under.
    /// </summary>
    private Task<MapCoverage?> CoverageAsync(Scoring.Engine.Model.Period period, CancellationToken ct) =>
        ratings.DerivedAsync($"map-coverage:{period}", async fillCt =>
            await overview.GetAsync(period, ui, fillCt) is { Geometry: { } geometry } shown ? MapCoverage.Of(geometry, shown.Rows) : null, ct);
}
