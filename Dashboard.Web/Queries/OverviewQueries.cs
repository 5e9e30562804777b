using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The overview page: map fills, counts per colour, their trend, the worst ten and the most improved.</summary>
public sealed class OverviewQueries(RatingsQueries ratings, LeagueQueries league, MapGeometryCache map)
{
    /// <summary>How many periods the trend chart shows (the newest ones).</summary>
    public const int TrendPeriods = 12;

    public sealed record Overview(
        Period Period,
        IReadOnlyList<LeagueRow> Rows,
        IReadOnlyDictionary<RatingColour, int> Counts,
        MapGeometry? Geometry,
        IReadOnlyList<LeagueRow> Worst,
        IReadOnlyList<LeagueRow> Improved,
        string TrendSvg,
        IReadOnlyList<TrendCounts>? TrendTable = null);

    /// <summary>One period of the city trend as a table row (the chart's data for screen readers): counts per colour.</summary>
    public sealed record TrendCounts(Period Period, IReadOnlyDictionary<RatingColour, int> Counts);

    /// <summary>The whole overview, built once per period and language while the ratings stay cached: the chart is rendered by ScottPlot, which is the expensive part.</summary>
    public Task<Overview> GetAsync(Period period, Ui ui, CancellationToken ct) =>
        ratings.DerivedAsync($"overview:{period}:{ui.LanguageTag}", fillCt => BuildAsync(period, ui, fillCt), ct);

    private async Task<Overview> BuildAsync(Period period, Ui ui, CancellationToken ct)
    {
        var rows = await league.RankAsync(period, ct);
        var counts = RatingCountsChart.Count(rows.Select(r => r.Overall));
        var worst = rows.Where(r => r.Overall != RatingColour.NoData)
            .OrderBy(r => LeagueRow.ColourRank(r.Overall)).ThenBy(r => r.Current!.Score ?? 0).ThenBy(r => r.Commune.Name, StringComparer.Ordinal)
            .Take(10).ToList();
        var improved = rows.Where(r => r.Change > 0)
            .OrderByDescending(r => LeagueRow.ColourRank(r.Overall) - LeagueRow.ColourRank(r.Previous!.Overall))
            .ThenByDescending(r => (r.Current!.Score ?? 0) - (r.Previous!.Score ?? 0))
            .Take(10).ToList();
        var (svg, table) = await TrendAsync(period, ui, ct);
        return new Overview(period, rows, counts, await map.GetAsync(ct), worst, improved, svg, table);
    }

    private async Task<(string Svg, IReadOnlyList<TrendCounts> Table)> TrendAsync(Period period, Ui ui, CancellationToken ct)
    {
        var periods = (await ratings.ListPeriodsAsync(ct)).Where(p => p <= period).Take(TrendPeriods).Reverse().ToList();
        var series = new List<RatingCountsChart.PeriodCounts>();
        var table = new List<TrendCounts>();
        foreach (var p in periods)
        {
            var rated = await ratings.ForPeriodAsync(p, ct);
            var total = (await ratings.ListCommunesInForceAsync(p, ct)).Count;
            var counts = RatingCountsChart.Count(rated.Values.Select(r => r.Overall)).ToDictionary();
            counts[RatingColour.NoData] = counts.GetValueOrDefault(RatingColour.NoData) + (total - rated.Count);
            series.Add(new RatingCountsChart.PeriodCounts(ShortPeriod(p), counts));
            table.Add(new TrendCounts(p, counts));
        }

        var names = RatingPalette.Colours.ToDictionary(c => c, ui.Rating);
        return (RatingCountsChart.Svg(series, new RatingCountsChart.Labels(ui["Chart.CountsTitle"], ui["Chart.Units"], names)), table);
    }

    /// <summary>"7/25" under a bar: short enough for twelve of them.</summary>
    public static string ShortPeriod(Period period) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{period.Month}/{period.Year % 100:D2}");
}
