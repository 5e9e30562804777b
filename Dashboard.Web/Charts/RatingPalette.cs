using DashboardKpi.Scoring.Engine.Model;

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
    public static readonly RatingColour[] Colours = [RatingColour.Red, RatingColour.Yellow, RatingColour.Green, RatingColour.NoData];

    public static string Hex(RatingColour colour) => Normalize(colour) switch
    {
        RatingColour.Green => Green,
        RatingColour.Yellow => Yellow,
        RatingColour.Red => Red,
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => NoData,
    };

    /// <summary>The SVG pattern id that fills a shape of this colour (pattern + colour, never colour alone).</summary>
    public static string PatternId(RatingColour colour) => "fill-" + Normalize(colour).Spelling();

    /// <summary>A symbol shown next to the word in badges: ✓ green, ! yellow, ✕ red, – any grey state.</summary>
    public static string Symbol(RatingColour colour) => colour switch
    {
        RatingColour.Green => "✓",
        RatingColour.Yellow => "!",
        RatingColour.Red => "✕",
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => "–",
    };

    /// <summary>The colour a map or chart draws: the three colours as they are, every grey state as no data.</summary>
    public static RatingColour Normalize(RatingColour colour) => colour.IsRated() ? colour : RatingColour.NoData;

    /// <summary>Red, yellow, then any grey state, then green: the order in which a ward chair reads what to fix.</summary>
    public static int WorstFirst(RatingColour colour) => colour switch
    {
        RatingColour.Red => 0,
        RatingColour.Yellow => 1,
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => 2,
        RatingColour.Green => 3,
    };

    public static ScottPlot.Color PlotColor(RatingColour colour) => ScottPlot.Color.FromHex(Hex(colour));
}
