using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>All 168 units, sortable by any column, filtered by type, colour and a diacritics-blind search; xlsx export.</summary>
public sealed class LeagueTableModel(LeagueQueries league, RatingsQueries ratings, Ui ui) : PageModel
{
    public IReadOnlyList<(string Key, string Label, bool Numeric)> Columns { get; } =
    [
        ("rank", "Rank", true), ("name", "Unit", false), ("type", "Type", false), ("rating", "Rating", false), ("score", "Score", true),
        ("green", "League.GreenCount", true), ("yellow", "League.YellowCount", true), ("red", "League.RedCount", true), ("change", "Change", false),
        ("group", "Peers.Group", false), ("peerRank", "Peers.Rank", true), ("percentile", "Peers.Percentile", true),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    /// <summary>The period's peer groups (for the filter and the note on how they are formed).</summary>
    public PeerQueries.PeerTable? Peers { get; private set; }

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
        if (!await LoadAsync(period, ct))
        {
            BadInput = ui.Format("BadPeriod", period);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? period, CancellationToken ct)
    {
        if (!await LoadAsync(period, ct) || Period is null)
        {
            return BadRequest(ui.Format("BadPeriod", period));
        }

        var header = Columns.Select(c => ui[c.Label]).Concat([ui["Code"], ui["League.Previous"]]).ToList();
        var english = ui.Language == Scoring.Engine.Model.Language.En;
        var rows = Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, english ? r.Commune.FullNameEn : r.Commune.FullName, ui.UnitType(r.Commune.Type), ui.Rating(r.Overall), r.Current?.Score,
            r.Current?.Green, r.Current?.Yellow, r.Current?.Red, r.Change,
            r.Peer is null ? null : ui.Text(r.Peer.Group.Name), r.Peer?.Rank, r.Peer?.Percentile,
            r.Commune.Code, r.Previous is null ? null : ui.Rating(r.Previous.Overall),
        ]);
        var stream = new MemoryStream();
        await XlsxWriter.WriteAsync(stream, "Xep hang " + Period, header, rows, ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"bang-xep-hang-{Period}.xlsx");
    }

    /// <summary>This page's URL with the current filters and one change.</summary>
    public string Link(string? sort = null, bool? desc = null, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["period"] = Period, ["type"] = Type, ["colour"] = Colour, ["q"] = Q, ["group"] = Group,
            ["sort"] = sort ?? Sort, ["desc"] = (desc ?? Desc) ? "true" : "false", ["handler"] = handler,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/LeagueTable", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task<bool> LoadAsync(string? period, CancellationToken ct)
    {
        if (period is not null && !Scoring.Engine.Model.Period.TryParse(period, out _))
        {
            return false;
        }

        Sort = LeagueQueries.SortKeys.Contains(Sort) ? Sort : "rank";
        Periods = await ratings.ListPeriodsAsync(ct);
        Period = await ratings.ResolvePeriodAsync(period, ct);
        if (Period is null)
        {
            return true;
        }

        var all = await league.RankAsync(Period, ct);
        Total = all.Count;
        Peers = await league.PeersAsync(Period, ct);
        // An unknown group shows every unit rather than none: a stale link after the bands changed still shows the table.
        Group = Peers.Groups.Any(g => g.Key == Group) ? Group : null;
        Rows = LeagueQueries.Apply(all, new LeagueQueries.Filter(Type, Colour, Q, Sort, Desc, Group), Peers);
        return true;
    }
}
