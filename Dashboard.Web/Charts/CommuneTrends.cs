using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>A commune's trend chart per criterion, drawn once per snapshot and language (PageCache).</summary>
public sealed class CommuneTrends(ScorecardQueries queries, PageCache cache)
{
    /// <summary>One criterion's chart and how many periods have a value or colour (fewer than two: not shown first).</summary>
    public sealed record CriterionTrend(string Svg, int Periods)
    {
        /// <summary>The chart's version (a hash of its markup): its address and ETag.</summary>
        public string Version { get; } = Ingest.Jobs.Storage.Sha256Hex.Of(Svg)[..16];
    }

    /// <summary>
    /// Where a page gets one criterion's chart (the commune page's Trend handler, as <c>Url.Page</c> wrote it), put
    /// together directly: a route lookup per chart was a twentieth of the page's time (issue 22).
    /// </summary>
    public static string Url(string code, Period period, string criterion, string? version) =>
        $"/Communes/Details/{Uri.EscapeDataString(code)}?period={period}&criterion={Uri.EscapeDataString(criterion)}"
        + (version is null ? "" : "&v=" + Uri.EscapeDataString(version))
        + "&handler=Trend";

    /// <summary>
    /// Twenty-nine charts take a moment to draw; the same snapshot in the same language always draws the same, so
    /// they are drawn once however many readers open the page together.
    /// </summary>
    public Task<IReadOnlyDictionary<string, CriterionTrend>> GetAsync(string code, Period period, long snapshotId, CommuneScore score, Ui ui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return cache.GetOrCreateAsync($"trends:{code}:{period}:{snapshotId}:{ui.LanguageTag}", fillCt => DrawAsync(code, period, score, ui, fillCt), ct);
    }

    private async Task<IReadOnlyDictionary<string, CriterionTrend>> DrawAsync(string code, Period period, CommuneScore score, Ui ui, CancellationToken ct)
    {
        var history = await queries.HistoryAsync(code, period, ct);
        var names = RatingPalette.Colours.ToDictionary(c => c, ui.Rating);
        return score.Criteria.ToDictionary(c => c.Code, c =>
        {
            var points = history.GetValueOrDefault(c.Code, []);
            return new CriterionTrend(TrendChart.Svg(
                [.. points.Select(h => new TrendChart.Point(OverviewQueries.ShortPeriod(h.Period), h.Rating, h.Value, h.Threshold))],
                new TrendChart.Labels(c.Code + " · " + ui["Chart.CriterionTitle"], c.Kind is Scoring.Engine.Model.IndicatorKind.Ratio or Scoring.Engine.Model.IndicatorKind.Percentage ? "%" : "", names)),
                points.Count(h => h.Value is not null || h.Rating.IsRated()));
        });
    }
}
