using ScottPlot;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>
/// One criterion over time: a grey line through the values with a marker per period in that period's colour.
/// Yes/no and task criteria have no number, so their colour level (red 1, yellow 2, green 3) is plotted instead.
/// </summary>
public static class TrendChart
{
    public sealed record Point(string PeriodLabel, string Colour, decimal? Value);

    public sealed record Labels(string Title, string YAxis, IReadOnlyDictionary<string, string> ColourNames);

    public static string Svg(IReadOnlyList<Point> points, Labels labels, int width = 360, int height = 190)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        using var plot = new Plot();
        ChartFonts.Apply(plot);
        var numeric = points.Any(p => p.Value is not null);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < points.Count; i++)
        {
            double? y = numeric ? (double?)points[i].Value : Level(points[i].Colour);
            if (y is null)
            {
                continue;
            }

            xs.Add(i);
            ys.Add(y.Value);
        }

        if (xs.Count > 1)
        {
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), Colors.Gray);
            line.MarkerSize = 0;
            line.LineWidth = 1.5f;
        }

        for (var i = 0; i < xs.Count; i++)
        {
            var marker = plot.Add.Marker(xs[i], ys[i], MarkerShape.FilledCircle, 9, RatingPalette.PlotColor(points[(int)xs[i]].Colour));
            marker.MarkerLineColor = Colors.Black.WithAlpha(0.5);
            marker.MarkerLineWidth = 0.5f;
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], PeriodTicks.Labels([.. points.Select(p => p.PeriodLabel)]));
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        if (!numeric)
        {
            plot.Axes.Left.SetTicks([1, 2, 3], [.. new[] { "red", "yellow", "green" }.Select(c => ChartFonts.Label(labels.ColourNames.GetValueOrDefault(c, c)))]);
            plot.Axes.SetLimitsY(0.5, 3.5);
        }

        plot.Axes.SetLimitsX(-0.5, Math.Max(0.5, points.Count - 0.5));
        plot.Title(ChartFonts.Label(labels.Title), size: 12);
        plot.YLabel(ChartFonts.Label(labels.YAxis), size: 10);
        return ChartSvg.Inline(plot.GetSvgXml(width, height), width, height);
    }

    private static double? Level(string colour) => colour switch
    {
        "green" => 3,
        "yellow" => 2,
        "red" => 1,
        _ => null,
    };
}
