using DashboardKpi.Ingest.Jobs.Storage.Ratings;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>
/// The rating colours, defined once for the map, the badges (site.css repeats the same hex values) and the charts.
/// ColorBrewer RdYlGn ends, darkened enough for white text on green and red; no data is a neutral grey, always
/// with a hatch pattern so it never reads as a colour.
/// </summary>
public static class RatingPalette
{
    public const string Green = "#1a9850";
    public const string Yellow = "#f2c12e";
    public const string Red = "#d73027";
    public const string NoData = "#bdbdbd";

    /// <summary>Worst to best, then no data: the order of legends and stacked bars.</summary>
    public static readonly string[] Colours = [RatingColour.Red, RatingColour.Yellow, RatingColour.Green, RatingColour.NoData];

    public static string Hex(string? colour) => colour switch
    {
        RatingColour.Green => Green,
        RatingColour.Yellow => Yellow,
        RatingColour.Red => Red,
        _ => NoData,
    };

    /// <summary>The SVG pattern id that fills a shape of this colour (pattern + colour, never colour alone).</summary>
    public static string PatternId(string? colour) => "fill-" + Normalize(colour);

    /// <summary>A symbol shown next to the word in badges: ✓ green, ! yellow, ✕ red, – no data.</summary>
    public static string Symbol(string? colour) => colour switch
    {
        RatingColour.Green => "✓",
        RatingColour.Yellow => "!",
        RatingColour.Red => "✕",
        _ => "–",
    };

    /// <summary>The CSS class and pattern suffix: green / yellow / red / noData.</summary>
    public static string Normalize(string? colour) => colour switch
    {
        RatingColour.Green or RatingColour.Yellow or RatingColour.Red => colour,
        _ => RatingColour.NoData,
    };

    public static ScottPlot.Color PlotColor(string? colour) => ScottPlot.Color.FromHex(Hex(colour));
}
