using System.Globalization;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>Makes ScottPlot's standalone SVG document fit for inline HTML: no XML declaration, and a viewBox so it scales.</summary>
public static class ChartSvg
{
    public static string Inline(string svg, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = start >= 0 ? svg[start..] : svg;
        var size = string.Create(CultureInfo.InvariantCulture, $"width=\"{width}\" height=\"{height}\"");
        var index = body.IndexOf(size, StringComparison.Ordinal);
        return index < 0
            ? body
            : string.Concat(body.AsSpan(0, index), string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" role=\"presentation\""), body.AsSpan(index + size.Length));
    }
}
