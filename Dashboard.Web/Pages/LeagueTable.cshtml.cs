using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>All 168 units, sortable by any column, filtered by type, colour, peer group and a diacritics-blind search; xlsx export.</summary>
public sealed class LeagueTableModel(LeagueView.Query league, LeagueExport export, Ui ui) : PageModel
{
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

    public async Task OnGetAsync(string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui, out var asked)) is null)
        {
            await LoadAsync(asked, ct);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(string? period, CancellationToken ct) =>
        BadPeriod.Check(this, period, ui, out var asked) is null && (await LoadAsync(asked, ct)).Period is { } shown
            ? (IActionResult)await export.FileAsync(View, shown, ui, ct)
            : BadRequest(ui.Format("BadPeriod", period));

    /// <summary>This page's URL with the current filters and one change.</summary>
    public string Link(string? sort = null, bool? desc = null, string? handler = null) => View.Link(Filter, sort, desc, handler);

    private LeagueQueries.Filter Filter => new(Type, RatingColours.TryParse(Colour, out var colour) ? colour : null, Q, Sort, Desc, Group);

    private async Task<LeagueView> LoadAsync(Scoring.Engine.Model.Period? period, CancellationToken ct)
    {
        Sort = LeagueQueries.SortKeys.Contains(Sort) ? Sort : "rank";
        View = await league.GetAsync(period, Filter, ct);
        Group = View.Group;
        return View;
    }
}
