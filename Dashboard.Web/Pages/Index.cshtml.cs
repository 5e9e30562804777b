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
        }

        return Page();
    }
}
