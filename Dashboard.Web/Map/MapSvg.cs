using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// The commune map as one SVG string: a shape per unit filled with its rating's pattern, named on hover and keyboard
/// focus (title and aria-label), a link to the unit's page where the reader may open it, Côn Đảo in an inset and the
/// inner city enlarged. Written here rather than in Razor so the overview can keep the whole fragment (some 200 KB,
/// most of the page) as one cached string instead of rendering thousands of pieces per request.
/// </summary>
public static class MapSvg
{
    /// <summary>What to draw. <paramref name="Labels"/> replaces "name: colour" per unit (the what-if map's "…: Đỏ → Vàng (C7)").</summary>
    public sealed record Input(
        MapGeometry Geometry,
        IReadOnlyList<LeagueRow> Rows,
        Scoring.Engine.Model.Period Period,
        string AriaLabel,
        IReadOnlyDictionary<string, string>? Labels = null);

    /// <param name="mayOpen">Whether the reader may open a unit's page: those units are links, the others are not.</param>
    public static string Render(Input input, Ui ui, Func<string, bool> mayOpen, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(mayOpen);
        ArgumentNullException.ThrowIfNull(encoder);
        var geometry = input.Geometry;
        var rows = input.Rows.ToDictionary(r => r.Commune.Code, StringComparer.Ordinal);
        var shared = (geometry.ZoomCodes ?? []).Where(rows.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var svg = new StringBuilder(256 * 1024);
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"commune-map\" class=\"map\" viewBox=\"0 0 {F(geometry.Width)} {F(geometry.Height)}\" role=\"group\" aria-label=\"{encoder.Encode(input.AriaLabel)}\" xmlns=\"http://www.w3.org/2000/svg\">\n<defs>\n");
        AppendPatterns(svg, "fill-", scale: null);
        if (shared.Count > 0)
        {
            // The zoom is drawn scaled up; its patterns are scaled down by as much, so hatching looks the same in both.
            AppendPatterns(svg, "zfill-", scale: 1 / geometry.ZoomFactor);
        }

        // Outlines drawn twice (main map and zoom) are defined once and placed with <use>, which takes its fill and
        // stroke from where it is placed.
        foreach (var shape in geometry.Shapes.Where(s => shared.Contains(s.Code)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path id=\"u-{encoder.Encode(shape.Code)}\" d=\"").Append(shape.PathData).Append("\" />\n");
        }

        svg.Append("</defs>\n");
        if (geometry.Inset is { } inset)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(inset.X)}\" y=\"{F(inset.Y)}\" width=\"{F(inset.Width)}\" height=\"{F(inset.Height)}\" fill=\"#f3f8fc\" stroke=\"#8aa4bd\" stroke-dasharray=\"4 3\" />\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(inset.X + 4)}\" y=\"{F(inset.Y - 4)}\" font-size=\"10\" fill=\"#44576b\">{encoder.Encode(ui["Overview.ConDaoInset"])}</text>\n");
        }

        if (geometry is { Zoom: { } zoom, ZoomSource: { } source } && shared.Count > 0)
        {
            AppendZoom(svg, input, rows, zoom, source, geometry.ZoomFactor, shared, ui, mayOpen, encoder);
        }

        foreach (var shape in geometry.Shapes)
        {
            if (rows.TryGetValue(shape.Code, out var row))
            {
                AppendUnit(svg, input, row, shape, shared.Contains(shape.Code), ui, mayOpen, encoder);
            }
        }

        if (geometry.ZoomSource is { } area)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(area.X)}\" y=\"{F(area.Y)}\" width=\"{F(area.Width)}\" height=\"{F(area.Height)}\" fill=\"none\" stroke=\"#0b3d6e\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\" pointer-events=\"none\" />\n");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A unit on the main map: a link with its name, or (not the reader's to open) a focusable named shape.</summary>
    private static void AppendUnit(StringBuilder svg, Input input, LeagueRow row, MapShape shape, bool shared, Ui ui, Func<string, bool> mayOpen, HtmlEncoder encoder)
    {
        var colour = RatingPalette.Normalize(row.Overall);
        var label = encoder.Encode(Label(input, row, colour, ui));
        var code = encoder.Encode(shape.Code);
        var link = mayOpen(shape.Code);
        if (link)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/Communes/Details/{code}?period={encoder.Encode(input.Period.ToString())}\" aria-label=\"{label}\" data-code=\"{code}\" data-rating=\"{colour.Spelling()}\" class=\"unit\">");
        }
        else
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g role=\"img\" aria-label=\"{label}\" data-code=\"{code}\" data-rating=\"{colour.Spelling()}\" class=\"unit\" tabindex=\"0\">");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<title>{label}</title>");
        if (shared)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<use href=\"#u-{code}\"");
        }
        else
        {
            svg.Append("<path d=\"").Append(shape.PathData).Append('"');
        }

        svg.Append(CultureInfo.InvariantCulture, $" fill=\"url(#{RatingPalette.PatternId(colour)})\" /></{(link ? "a" : "g")}>\n");
    }

    /// <summary>
    /// The enlarged inner city: the shared outlines placed again, scaled about the enlarged area. Hidden from screen
    /// readers and out of the tab order (the same units are on the main map), but named on hover and clickable for a
    /// mouse. The scale is also given to CSS (--zoom), which draws the borders as thin as before the enlargement.
    /// </summary>
    private static void AppendZoom(
        StringBuilder svg, Input input, Dictionary<string, LeagueRow> rows, MapInset zoom, MapInset source, double factor, HashSet<string> shared,
        Ui ui, Func<string, bool> mayOpen, HtmlEncoder encoder)
    {
        var frame = $"x=\"{F(zoom.X)}\" y=\"{F(zoom.Y)}\" width=\"{F(zoom.Width)}\" height=\"{F(zoom.Height)}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"zoom-clip\"><rect {frame} /></clipPath>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect {frame} fill=\"#f3f8fc\" stroke=\"#8aa4bd\" />\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(zoom.X)}\" y=\"{F(zoom.Y - 4)}\" font-size=\"11\" fill=\"#44576b\">{encoder.Encode(ui["Overview.ZoomInset"])}</text>\n");
        var k = Precise(factor);
        svg.Append(CultureInfo.InvariantCulture, $"<g clip-path=\"url(#zoom-clip)\" class=\"zoom\" aria-hidden=\"true\"><g transform=\"matrix({k} 0 0 {k} {Precise(zoom.X - (factor * source.X))} {Precise(zoom.Y - (factor * source.Y))})\" style=\"--zoom:{k}\">\n");
        foreach (var code in input.Geometry.ZoomCodes!.Where(shared.Contains))
        {
            var row = rows[code];
            var colour = RatingPalette.Normalize(row.Overall);
            var link = mayOpen(code);
            var open = link
                ? $"<a href=\"/Communes/Details/{encoder.Encode(code)}?period={encoder.Encode(input.Period.ToString())}\" tabindex=\"-1\" class=\"unit-zoom\">"
                : "<g class=\"unit-zoom\">";
            svg.Append(open).Append(CultureInfo.InvariantCulture, $"<title>{encoder.Encode(Label(input, row, colour, ui))}</title><use href=\"#u-{encoder.Encode(code)}\" fill=\"url(#z{RatingPalette.PatternId(colour)})\" /></{(link ? "a" : "g")}>\n");
        }

        svg.Append("</g></g>\n");
    }

    private static string Label(Input input, LeagueRow row, RatingColour colour, Ui ui) =>
        input.Labels?.GetValueOrDefault(row.Commune.Code)
        ?? (ui.LanguageTag == "en" ? row.Commune.FullNameEn : row.Commune.FullName) + ": " + ui.Rating(colour);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Precise(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>The rating patterns alone, under ids starting with <paramref name="prefix"/> (the legend's, apart from the map's).</summary>
    public static string Patterns(string prefix)
    {
        var svg = new StringBuilder();
        AppendPatterns(svg, prefix, scale: null);
        return svg.ToString();
    }

    /// <summary>
    /// Patterns as well as colours, so the map reads in greyscale and for colour-blind readers; no data is hatched
    /// grey. <paramref name="scale"/> shrinks the tiles for shapes drawn enlarged.
    /// </summary>
    private static void AppendPatterns(StringBuilder svg, string prefix, double? scale)
    {
        string Transform(string rotate) => (scale, rotate) switch
        {
            (null, "") => "",
            (null, _) => $" patternTransform=\"{rotate}\"",
            _ => $" patternTransform=\"scale({Precise(scale.Value)}){(rotate.Length > 0 ? " " + rotate : "")}\"",
        };

        svg.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{prefix}green\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"{Transform("")}><rect width=\"6\" height=\"6\" fill=\"{RatingPalette.Green}\" /></pattern>\n")
            .Append(CultureInfo.InvariantCulture, $"<pattern id=\"{prefix}yellow\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"{Transform("")}><rect width=\"5\" height=\"5\" fill=\"{RatingPalette.Yellow}\" /><circle cx=\"2.5\" cy=\"2.5\" r=\"0.8\" fill=\"#7a5c00\" fill-opacity=\"0.55\" /></pattern>\n")
            .Append(CultureInfo.InvariantCulture, $"<pattern id=\"{prefix}red\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"{Transform("rotate(45)")}><rect width=\"5\" height=\"5\" fill=\"{RatingPalette.Red}\" /><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#6b0f0f\" stroke-width=\"1.4\" stroke-opacity=\"0.6\" /></pattern>\n")
            .Append(CultureInfo.InvariantCulture, $"<pattern id=\"{prefix}noData\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"{Transform("rotate(45)")}><rect width=\"4\" height=\"4\" fill=\"#e6e6e6\" /><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke=\"#9e9e9e\" stroke-width=\"1.6\" /></pattern>\n");
    }
}
