using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Communes;

/// <summary>"Why are we yellow?": the overall colour and sentence, every criterion explained, the path to green, trends.</summary>
public sealed class DetailsModel(ScorecardQueries queries, RatingsQueries ratings, ScorecardExport export, CommuneTrends trends, CommuneStanding.Query standing, Ui ui) : PageModel
{
    /// <summary>Rank in the city and the peer group, the group's medians, and the rating's stability facts.</summary>
    public CommuneStanding Standing { get; private set; } = CommuneStanding.None;

    public ScorecardQueries.Scorecard? Card { get; private set; }

    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>Each criterion's trend chart and how many periods have a value or colour (fewer than two: not shown first).</summary>
    public IReadOnlyDictionary<string, CommuneTrends.CriterionTrend> TrendSvgs { get; private set; } = new Dictionary<string, CommuneTrends.CriterionTrend>();

    public IReadOnlyList<MergerMapping> FormerUnits { get; private set; } = [];

    /// <summary>Units it was formed from, or that succeeded it, after 2025 (its commune page says so).</summary>
    public UnitLineage Lineage { get; private set; } = UnitLineage.None;

    public string? NotFoundMessage { get; private set; }

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? period, CancellationToken ct)
    {
        if (await LoadAsync(code, period, ct) is { } refusal)
        {
            return refusal;
        }

        TrendSvgs = Card is { Period: { } p, Score: { } score, Snapshot: { } snapshot } ? await trends.GetAsync(code, p, snapshot.Id, score, ui, ct) : TrendSvgs;
        FormerUnits = await queries.FormerUnitsAsync(code, ct);
        Lineage = await queries.LineageAsync(code, ct);
        Standing = await standing.GetAsync(Card!, ct);
        return Page();
    }

    /// <summary>
    /// One criterion's trend chart as an image: the page names each chart (lazy-loaded, so a phone draws only those
    /// it shows) instead of carrying twenty-nine SVGs, and a browser keeps each version (<see cref="VersionedResource"/>).
    /// </summary>
    public async Task<IActionResult> OnGetTrendAsync(string code, string? period, string? criterion, string? v, CancellationToken ct)
    {
        if (await LoadAsync(code, period, ct) is { } refusal)
        {
            return refusal;
        }

        var charts = Card is { Period: { } p, Score: { } score, Snapshot: { } snapshot } ? await trends.GetAsync(code, p, snapshot.Id, score, ui, ct) : TrendSvgs;
        if (criterion is null || !charts.TryGetValue(criterion, out var trend))
        {
            return NotFound();
        }

        return VersionedResource.PrepareResponse(HttpContext, trend.Version, v)
            ? StatusCode(StatusCodes.Status304NotModified)
            : Content(trend.Svg, "image/svg+xml; charset=utf-8");
    }

    /// <summary>Where the page's figure gets one criterion's chart.</summary>
    public string TrendUrl(string code, string period, string criterion) =>
        Url.Page("/Communes/Details", "Trend", new { code, period, criterion, v = TrendSvgs.GetValueOrDefault(criterion)?.Version }) ?? "";

    public async Task<IActionResult> OnGetExportAsync(string code, string? period, CancellationToken ct) =>
        await LoadAsync(code, period, ct) ?? await XlsxFile.CreateAsync($"bang-diem-{code}-{Card!.Period}.xlsx", stream => export.WriteAsync(Card!, ui, stream, ct));

    public string ColourOfOverall => Card?.Snapshot?.Overall ?? RatingColour.NoData;

    private async Task<IActionResult?> LoadAsync(string code, string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui)) is not null)
        {
            return Page();
        }

        if (!User.MaySee(code))
        {
            return Forbid();
        }

        Periods = await ratings.ListPeriodsAsync(ct);
        Card = await queries.GetAsync(code, period, ct);
        if (Card is null)
        {
            NotFoundMessage = ui.Format("NotFound.Commune", code);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        return null;
    }
}
