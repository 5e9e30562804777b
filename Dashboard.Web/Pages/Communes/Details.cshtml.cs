using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Communes;

/// <summary>"Why are we yellow?": the overall colour and sentence, every criterion explained, the path to green, trends.</summary>
public sealed class DetailsModel(CommunePageQueries commune, Ui ui) : PageModel
{
    public ScorecardQueries.Scorecard? Card { get; private set; }

    public IReadOnlyList<Scoring.Engine.Model.Period> Periods { get; private set; } = [];

    /// <summary>Trend charts, former units and standing (rank in the city and the peer group, medians, stability facts).</summary>
    public CommunePageQueries.Extras More { get; private set; } = CommunePageQueries.Extras.None;

    public string? NotFoundMessage { get; private set; }

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? period, CancellationToken ct) =>
        await LoadAsync(code, period, ct) ?? await ShowAsync(code, ct);

    /// <summary>One chart as an image: the page names each (lazy-loaded: a phone draws only those it shows), a browser keeps each version.</summary>
    public async Task<IActionResult> OnGetTrendAsync(string code, string? period, string? criterion, string? v, CancellationToken ct) =>
        await LoadAsync(code, period, ct)
        ?? (await commune.TrendAsync(code, Card!, criterion, ct) is not { } trend ? NotFound()
            : VersionedResource.PrepareResponse(HttpContext, trend.Version, v) ? StatusCode(StatusCodes.Status304NotModified)
            : Content(trend.Svg, "image/svg+xml; charset=utf-8"));

    /// <summary>Where the page's figure gets one criterion's chart.</summary>
    public string TrendUrl(string code, Scoring.Engine.Model.Period period, string criterion) =>
        Charts.CommuneTrends.Url(code, period, criterion, More.Trends.GetValueOrDefault(criterion)?.Version);

    public async Task<IActionResult> OnGetExportAsync(string code, string? period, CancellationToken ct) =>
        await LoadAsync(code, period, ct) ?? await commune.ExportAsync(code, Card!, ct);

    private async Task<PageResult> ShowAsync(string code, CancellationToken ct)
    {
        More = await commune.ExtrasAsync(code, Card!, ct);
        return Page();
    }

    /// <summary>Null when the scorecard is found; else the page with the bad period or the 404 message, or 403 for another chair's unit.</summary>
    private async Task<IActionResult?> LoadAsync(string code, string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui, out var asked)) is not null || !User.MaySee(code))
        {
            return BadInput is null ? Forbid() : Page();
        }

        (Card, Periods, NotFoundMessage) = await commune.FindAsync(code, asked, ct);
        Response.StatusCode = Card is null ? StatusCodes.Status404NotFound : Response.StatusCode;
        return Card is null ? Page() : null;
    }
}
