using System.Globalization;
using ScottPlot;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>Stacked bars per period: red at the bottom, then yellow, green and no data, coloured from RatingPalette.</summary>
public static class RatingCountsChart
{
    /// <summary>Segments of fewer units are too thin for a readable number at the default size (168 units, 300 px).</summary>
    private const int MinLabelled = 9;

    /// <summary>One period's counts per colour (green, yellow, red, noData).</summary>
    public sealed record PeriodCounts(string PeriodLabel, IReadOnlyDictionary<RatingColour, int> Counts);

    public sealed record Labels(string Title, string YAxis, IReadOnlyDictionary<RatingColour, string> ColourNames);

    public static string Svg(IReadOnlyList<PeriodCounts> periods, Labels labels, int width = 640, int height = 300)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(labels);
        using var plot = new Plot();
        ChartFonts.Apply(plot);
        var bars = new List<Bar>();
        for (var i = 0; i < periods.Count; i++)
        {
            var bottom = 0d;
            foreach (var colour in RatingPalette.Colours)
            {
                var count = periods[i].Counts.GetValueOrDefault(colour);
                if (count == 0)
                {
                    continue;
                }

                // The count inside its segment where there is room for the digits (the table below has every count).
                if (count >= MinLabelled)
                {
                    var text = plot.Add.Text(count.ToString(CultureInfo.InvariantCulture), i, bottom + (count / 2d));
                    text.LabelFontSize = 10;
                    text.LabelBold = true;
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontColor = colour is RatingColour.Yellow or RatingColour.NoData ? Colors.Black : Colors.White;
                }

                bars.Add(new Bar
                {
                    Position = i,
                    ValueBase = bottom,
                    Value = bottom + count,
                    FillColor = RatingPalette.PlotColor(colour),
                    LineWidth = 0,
                    Size = 0.7,
                });
                bottom += count;
            }
        }

        // Drawn under the counts added above.
        plot.MoveToBack(plot.Add.Bars(bars));
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, periods.Count).Select(i => (double)i)], PeriodTicks.Labels([.. periods.Select(p => p.PeriodLabel)]));
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, periods.Select(p => p.Counts.Values.Sum()).DefaultIfEmpty(0).Max()) * 1.05);
        plot.Title(ChartFonts.Label(labels.Title));
        plot.YLabel(ChartFonts.Label(labels.YAxis));
        foreach (var colour in RatingPalette.Colours.Reverse())
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = ChartFonts.Label(labels.ColourNames.GetValueOrDefault(colour, colour.Spelling())),
                FillColor = RatingPalette.PlotColor(colour),
            });
        }

        // Outside the data area: the bars fill the full height, so an inner legend would hide the newest ones.
        plot.ShowLegend(Edge.Right);
        return ChartSvg.Inline(plot.GetSvgXml(width, height), width, height);
    }

    public static IReadOnlyDictionary<RatingColour, int> Count(IEnumerable<RatingColour> overalls) =>
        overalls.GroupBy(RatingPalette.Normalize).ToDictionary(g => g.Key, g => g.Count());

    public static RatingColour[] Order => [RatingColour.Green, RatingColour.Yellow, RatingColour.Red, RatingColour.NoData];
}
