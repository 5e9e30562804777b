using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>All 168 units, sortable by any column, filtered by type, colour and a diacritics-blind search; xlsx export.</summary>
public sealed class LeagueTableModel(LeagueQueries league, RatingsQueries ratings, Ui ui) : PageModel
{
    public IReadOnlyList<(string Key, string Label, bool Numeric)> Columns => LeagueExport.Columns;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Colour { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "rank";

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public string? Period { get; private set; }

    public IReadOnlyList<string> Periods { get; private set; } = [];

    public IReadOnlyList<LeagueRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        BadInput = BadPeriod.Check(this, period, ui);
        if (BadInput is null)
        {
            await LoadAsync(period, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? period, CancellationToken ct)
    {
        if (BadPeriod.Check(this, period, ui) is not null || await LoadAsync(period, ct) is not { } chosen)
        {
            return BadRequest(ui.Format("BadPeriod", period));
        }

        return await XlsxFile.CreateAsync($"bang-xep-hang-{chosen}.xlsx", stream => LeagueExport.WriteAsync(Rows, chosen, ui, stream, ct));
    }

    /// <summary>This page's URL with the current filters and one change.</summary>
    public string Link(string? sort = null, bool? desc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["period"] = Period, ["type"] = Type, ["colour"] = Colour, ["q"] = Q,
            ["sort"] = sort ?? Sort, ["desc"] = (desc ?? Desc) ? "true" : "false", ["handler"] = handler,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/LeagueTable", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>The period shown (the latest when none is asked for), or null when nothing is rated yet.</summary>
    private async Task<string?> LoadAsync(string? period, CancellationToken ct)
    {
        Sort = LeagueQueries.SortKeys.Contains(Sort) ? Sort : "rank";
        Periods = await ratings.ListPeriodsAsync(ct);
        Period = await ratings.ResolvePeriodAsync(period, ct);
        if (Period is not null)
        {
            var all = await league.RankAsync(Period, ct);
            Total = all.Count;
            Rows = LeagueQueries.Apply(all, new LeagueQueries.Filter(Type, Colour, Q, Sort, Desc));
        }

        return Period;
    }
}
