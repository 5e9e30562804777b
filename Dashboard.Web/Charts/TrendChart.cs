using DashboardKpi.Scoring.Engine.Model;
using ScottPlot;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>
/// One criterion over time: a grey line through the values with a marker per period in that period's colour, over
/// the green and yellow bands in force in each period (they step when a threshold, override or validity changes),
/// and a dashed line at the period shown (the last point). Yes/no and task criteria have no number, so their colour
/// level (red 1, yellow 2, green 3) is plotted instead, over fixed bands.
/// </summary>
public static class TrendChart
{
    /// <param name="Threshold">The cuts that applied in that period; null draws no band for it.</param>
    public sealed record Point(string PeriodLabel, RatingColour Colour, decimal? Value, Threshold? Threshold = null);

    /// <summary>Band tints: light enough for the markers (and their outline) to stand out on them.</summary>
    private static readonly ScottPlot.Color GreenBand = ScottPlot.Color.FromHex("#cfead8");
    private static readonly ScottPlot.Color YellowBand = ScottPlot.Color.FromHex("#fbeec0");

    public sealed record Labels(string Title, string YAxis, IReadOnlyDictionary<RatingColour, string> ColourNames);

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

        var (bottom, top) = numeric ? Limits(points, ys) : (0.5, 3.5);
        for (var i = 0; i < points.Count; i++)
        {
            if (numeric)
            {
                AddBands(plot, i, points[i].Threshold, bottom, top);
            }
            else
            {
                AddBand(plot, i, 2.5, 3.5, GreenBand);
                AddBand(plot, i, 1.5, 2.5, YellowBand);
            }
        }

        if (points.Count > 0)
        {
            var current = plot.Add.VerticalLine(points.Count - 1, 1.5f, Colors.Black.WithAlpha(0.6));
            current.LinePattern = LinePattern.Dashed;
        }

        if (xs.Count > 1)
        {
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), Colors.Gray);
            line.MarkerSize = 0;
            line.LineWidth = 1.5f;
        }

        for (var i = 0; i < xs.Count; i++)
        {
            var last = (int)xs[i] == points.Count - 1;
            var marker = plot.Add.Marker(xs[i], ys[i], MarkerShape.FilledCircle, last ? 12 : 9, RatingPalette.PlotColor(points[(int)xs[i]].Colour));
            marker.MarkerLineColor = Colors.Black.WithAlpha(last ? 0.9 : 0.5);
            marker.MarkerLineWidth = last ? 1.5f : 0.5f;
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, points.Count).Select(i => (double)i)], PeriodTicks.Labels([.. points.Select(p => p.PeriodLabel)]));
        plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        plot.Axes.Left.TickLabelStyle.FontSize = 9;
        if (!numeric)
        {
            plot.Axes.Left.SetTicks([1, 2, 3], [.. new[] { RatingColour.Red, RatingColour.Yellow, RatingColour.Green }.Select(c => ChartFonts.Label(labels.ColourNames.GetValueOrDefault(c, c.Spelling())))]);
            plot.Axes.SetLimitsY(0.5, 3.5);
        }
        else
        {
            plot.Axes.SetLimitsY(bottom, top);
        }

        plot.Axes.SetLimitsX(-0.5, Math.Max(0.5, points.Count - 0.5));
        plot.Title(ChartFonts.Label(labels.Title), size: 12);
        plot.YLabel(ChartFonts.Label(labels.YAxis), size: 10);
        return ChartSvg.Inline(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The values and every cut drawn, with a margin, so a band's edge is visible even far from the line.</summary>
    private static (double Bottom, double Top) Limits(IReadOnlyList<Point> points, List<double> ys)
    {
        var all = ys.Concat(points.SelectMany(p => new[] { p.Threshold?.Green, p.Threshold?.Yellow }).Where(v => v is not null).Select(v => (double)v!.Value)).ToList();
        if (all.Count == 0)
        {
            return (0, 1);
        }

        var (min, max) = (all.Min(), all.Max());
        var pad = Math.Max((max - min) * 0.12, Math.Max(Math.Abs(max) * 0.05, 1));
        return (min >= 0 && min - pad < 0 ? 0 : min - pad, max + pad);
    }

    private static void AddBands(Plot plot, int index, Threshold? threshold, double bottom, double top)
    {
        if (threshold is not { Green: { } green })
        {
            return;
        }

        var (g, y) = ((double)green, (double?)threshold.Yellow);
        if (threshold.Direction == Direction.HigherIsBetter)
        {
            AddBand(plot, index, g, top, GreenBand);
            if (y is { } yellow)
            {
                AddBand(plot, index, Math.Max(yellow, bottom), g, YellowBand);
            }
        }
        else
        {
            AddBand(plot, index, bottom, g, GreenBand);
            if (y is { } yellow)
            {
                AddBand(plot, index, g, Math.Min(yellow, top), YellowBand);
            }
        }
    }

    private static void AddBand(Plot plot, int index, double from, double to, ScottPlot.Color colour)
    {
        if (to <= from)
        {
            return;
        }

        var band = plot.Add.Rectangle(index - 0.5, index + 0.5, from, to);
        band.FillStyle.Color = colour;
        band.LineStyle.Width = 0;
    }

    private static double? Level(RatingColour colour) => colour switch
    {
        RatingColour.Green => 3,
        RatingColour.Yellow => 2,
        RatingColour.Red => 1,
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => null,
    };
}
