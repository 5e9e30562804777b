using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Communes;

/// <summary>"Why are we yellow?": the overall colour and sentence, every criterion explained, the path to green, trends.</summary>
public sealed class DetailsModel(
    ScorecardQueries queries, RatingsQueries ratings, ScorecardExport export, PageCache cache, Ui ui,
    LeagueQueries league, PeerQueries peers, RatingSnapshotRepository snapshots) : PageModel
{
    /// <summary>The unit's place in its peer group for the period; null when the period has no league.</summary>
    public PeerPlace? Peer { get; private set; }

    /// <summary>The peer-group rules in force (for the fallback note).</summary>
    public Scoring.Engine.Model.PeerGroupRules? PeerRules { get; private set; }

    public int CityRank { get; private set; }

    public int CityTotal { get; private set; }

    /// <summary>The median of each criterion's value in the unit's peer group.</summary>
    public IReadOnlyDictionary<string, decimal?> PeerMedians { get; private set; } = new Dictionary<string, decimal?>();

    /// <summary>The stored rating's stability facts (raw colour, re-publication); null without a stability rule.</summary>
    public RatingStabilityRow? Stability { get; private set; }

    public ScorecardQueries.Scorecard? Card { get; private set; }

    public IReadOnlyList<string> Periods { get; private set; } = [];

    /// <summary>Each criterion's trend chart and how many periods have a value or colour (fewer than two: not shown first).</summary>
    public IReadOnlyDictionary<string, CriterionTrend> TrendSvgs { get; private set; } = new Dictionary<string, CriterionTrend>();

    public sealed record CriterionTrend(string Svg, int Periods);

    public IReadOnlyList<MergerMapping> FormerUnits { get; private set; } = [];

    public string? NotFoundMessage { get; private set; }

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? period, CancellationToken ct)
    {
        if (await LoadAsync(code, period, ct) is { } refusal)
        {
            return refusal;
        }

        if (Card is { Period: { } p, Score: not null, Snapshot: { } snapshot })
        {
            // Twenty-nine charts take a moment to draw; the same snapshot in the same language always draws the same.
            // Drawn once however many readers open the page together (PageCache).
            var score = Card.Score;
            TrendSvgs = await cache.GetOrCreateAsync(
                $"trends:{code}:{p}:{snapshot.Id}:{ui.LanguageTag}",
                fillCt => TrendsAsync(code, p, score, fillCt),
                ct);
        }

        FormerUnits = await queries.FormerUnitsAsync(code, ct);
        if (Card is { Period: { } rated })
        {
            var rows = await league.RankAsync(rated, ct);
            var table = await league.PeersAsync(rated, ct);
            var row = rows.FirstOrDefault(r => r.Commune.Code == code);
            (Peer, PeerRules, CityRank, CityTotal) = (row?.Peer, table.Rules, row?.Rank ?? 0, rows.Count);
            PeerMedians = Peer is null ? PeerMedians : await peers.MediansAsync(rated, Peer.Group, ct);
        }

        if (Card?.Snapshot is { } stored)
        {
            Stability = await snapshots.FindStabilityAsync(stored.Id, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string code, string? period, CancellationToken ct)
    {
        if (await LoadAsync(code, period, ct) is { } refusal)
        {
            return refusal;
        }

        var stream = new MemoryStream();
        await export.WriteAsync(Card!, ui, stream, ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"bang-diem-{code}-{Card!.Period}.xlsx");
    }

    private async Task<IReadOnlyDictionary<string, CriterionTrend>> TrendsAsync(string code, string period, Scoring.Engine.Evaluation.CommuneScore score, CancellationToken ct)
    {
        var history = await queries.HistoryAsync(code, period, ct);
        var names = RatingPalette.Colours.ToDictionary(c => c, ui.Rating);
        return score.Criteria.ToDictionary(c => c.Code, c =>
        {
            var points = history.GetValueOrDefault(c.Code, []);
            return new CriterionTrend(TrendChart.Svg(
                [.. points.Select(h => new TrendChart.Point(OverviewQueries.ShortPeriod(h.Period), h.Rating, h.Value, h.Threshold))],
                new TrendChart.Labels(c.Code + " · " + ui["Chart.CriterionTitle"], c.Kind is Scoring.Engine.Model.IndicatorKind.Ratio or Scoring.Engine.Model.IndicatorKind.Percentage ? "%" : "", names)),
                points.Count(h => h.Value is not null || h.Rating is RatingColour.Green or RatingColour.Yellow or RatingColour.Red));
        });
    }

    public string ColourOfOverall => Card?.Snapshot?.Overall ?? RatingColour.NoData;

    private async Task<IActionResult?> LoadAsync(string code, string? period, CancellationToken ct)
    {
        if (period is not null && !Scoring.Engine.Model.Period.TryParse(period, out _))
        {
            BadInput = ui.Format("BadPeriod", period);
            Response.StatusCode = StatusCodes.Status400BadRequest;
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
