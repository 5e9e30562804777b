using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>All 168 units, sortable by any column, filtered by type, colour, peer group and a diacritics-blind search; xlsx export.</summary>
public sealed class LeagueTableModel(LeagueView.Query league, LeagueExport export, Ui ui) : PageModel
{
    public IReadOnlyList<(string Key, string Label, bool Numeric)> Columns => LeagueExport.Columns;

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

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

    public LeagueView View { get; private set; } = LeagueView.Empty;

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui)) is null)
        {
            await LoadAsync(period, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? period, CancellationToken ct) =>
        BadPeriod.Check(this, period, ui) is null && (await LoadAsync(period, ct)).Period is { } shown
            ? (IActionResult)await XlsxFile.CreateAsync($"bang-xep-hang-{shown}.xlsx", stream => export.WriteAsync(View.Rows, shown, ui, stream, ct))
            : BadRequest(ui.Format("BadPeriod", period));

    /// <summary>This page's URL with the current filters and one change.</summary>
    public string Link(string? sort = null, bool? desc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["period"] = View.Period, ["type"] = Type, ["colour"] = Colour, ["q"] = Q, ["group"] = Group,
            ["sort"] = sort ?? Sort, ["desc"] = (desc ?? Desc) ? "true" : "false", ["handler"] = handler,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/LeagueTable", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task<LeagueView> LoadAsync(string? period, CancellationToken ct)
    {
        Sort = LeagueQueries.SortKeys.Contains(Sort) ? Sort : "rank";
        View = await league.GetAsync(period, new LeagueQueries.Filter(Type, Colour, Q, Sort, Desc, Group), ct);
        Group = View.Group;
        return View;
    }
}
