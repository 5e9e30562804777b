using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>
/// GeoJSON (lon/lat) → SVG path data. An equirectangular projection scaled by cos(latitude) is exact enough for a
/// city 150 km across and needs no GIS library. Points closer than <see cref="MinStep"/> pixels are dropped, which
/// shrinks 44 000 vertices to what the eye can see at this size. The special zone (Côn Đảo) gets an inset.
/// </summary>
public static class MapProjection
{
    public const double Width = 800;
    private const double Padding = 8;
    private const double MinStep = 0.9;
    private const double InsetSize = 130;

    // The old inner districts, where wards are a few hundred metres across: enlarged in the map's empty north-east.
    private const double ZoomMinLon = 106.615, ZoomMaxLon = 106.745, ZoomMinLat = 10.725, ZoomMaxLat = 10.845;
    private const double ZoomWidth = 330;

    private sealed record Feature(string Code, string Type, List<List<(double Lon, double Lat)>> Rings);

    public static MapGeometry Build(string geoJson, string sha256)
    {
        var features = Read(geoJson);
        var mainland = features.Where(f => f.Type != "dac_khu").ToList();
        var offshore = features.Where(f => f.Type == "dac_khu").ToList();

        var (minLon, maxLon, minLat, maxLat) = Bounds(mainland.Count > 0 ? mainland : features);
        var kx = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (Width - (2 * Padding)) / ((maxLon - minLon) * kx);
        var height = ((maxLat - minLat) * scale) + (2 * Padding);
        (double X, double Y) Project((double Lon, double Lat) p) => (Padding + ((p.Lon - minLon) * kx * scale), Padding + ((maxLat - p.Lat) * scale));

        // The units shown enlarged are outlined once, finely enough for the enlargement, and the page draws that same
        // outline on the main map and (scaled) in the zoom: the inner city's outlines are not sent twice.
        var zoomed = mainland.Where(InZoom).Select(f => f.Code).ToList();
        var (zoom, zoomSource) = zoomed.Count > 0 ? ZoomFrames(Project, kx) : (null, null);
        var zoomFactor = zoom is not null && zoomSource is not null ? zoom.Width / zoomSource.Width : 1;
        var shapes = mainland.Select(f => new MapShape(f.Code, Path(f.Rings, Project, zoomed.Contains(f.Code) ? MinStep / zoomFactor : MinStep))).ToList();

        MapInset? inset = null;
        if (offshore.Count > 0 && mainland.Count > 0)
        {
            inset = new MapInset(Padding, height - Padding - InsetSize, InsetSize, InsetSize);
            var (iMinLon, iMaxLon, iMinLat, iMaxLat) = Bounds(offshore);
            var ikx = Math.Cos((iMinLat + iMaxLat) / 2 * Math.PI / 180);
            var iScale = (InsetSize - 16) / Math.Max((iMaxLon - iMinLon) * ikx, iMaxLat - iMinLat);
            var x0 = inset.X + 8;
            var y0 = inset.Y + 8;
            shapes.AddRange(offshore.Select(f => new MapShape(f.Code, Path(f.Rings, p => (x0 + ((p.Lon - iMinLon) * ikx * iScale), y0 + ((iMaxLat - p.Lat) * iScale)), MinStep))));
        }

        return new MapGeometry(sha256, Width, Math.Round(height, 1), shapes, inset, zoom, zoomSource, zoom is null ? null : zoomed);
    }

    private static bool InZoom(Feature feature) =>
        feature.Rings.SelectMany(r => r).Any(p => p.Lon > ZoomMinLon && p.Lon < ZoomMaxLon && p.Lat > ZoomMinLat && p.Lat < ZoomMaxLat);

    /// <summary>The zoom's frame in the empty north-east corner, and the area of the main map it enlarges.</summary>
    private static (MapInset Zoom, MapInset Source) ZoomFrames(Func<(double Lon, double Lat), (double X, double Y)> project, double kx)
    {
        var zoomScale = ZoomWidth / ((ZoomMaxLon - ZoomMinLon) * kx);
        var zoom = new MapInset(Width - Padding - ZoomWidth, Padding + 14, ZoomWidth, (ZoomMaxLat - ZoomMinLat) * zoomScale);
        var (x0, y0) = project((ZoomMinLon, ZoomMaxLat));
        var (x1, y1) = project((ZoomMaxLon, ZoomMinLat));
        return (zoom, new MapInset(x0, y0, x1 - x0, y1 - y0));
    }

    private static string Path(List<List<(double Lon, double Lat)>> rings, Func<(double Lon, double Lat), (double X, double Y)> project, double minStep)
    {
        var builder = new StringBuilder();
        var projected = rings.Select(r => r.Select(project).ToList()).ToList();
        foreach (var ring in projected)
        {
            var kept = Simplify(ring, minStep);
            if (kept.Count < 3)
            {
                continue;
            }

            Append(builder, kept);
        }

        if (builder.Length == 0 && projected.Count > 0)
        {
            // A unit too small to survive simplification is still drawn: its largest ring, unsimplified.
            Append(builder, projected.MaxBy(r => r.Count)!);
        }

        return builder.ToString();
    }

    private static List<(double X, double Y)> Simplify(List<(double X, double Y)> ring, double minStep)
    {
        var kept = new List<(double X, double Y)>(ring.Count / 4);
        foreach (var point in ring)
        {
            if (kept.Count == 0 || Math.Abs(point.X - kept[^1].X) + Math.Abs(point.Y - kept[^1].Y) >= minStep)
            {
                kept.Add(point);
            }
        }

        return kept;
    }

    /// <summary>
    /// One ring: an absolute move to its first point, then relative steps ("l.9.1-.3 1.2") on the 0.1 px grid. Each
    /// step is taken between points already rounded to the grid, so the browser draws exactly the points absolute
    /// coordinates would give (nothing accumulates), in about half the characters: the map is most of the page.
    /// </summary>
    private static void Append(StringBuilder builder, List<(double X, double Y)> ring)
    {
        var previous = Tenths(ring[0]);
        builder.Append('M');
        AppendTenths(builder, previous.X, separate: false);
        AppendTenths(builder, previous.Y, separate: true);
        if (ring.Count > 1)
        {
            builder.Append('l');
        }

        for (var i = 1; i < ring.Count; i++)
        {
            var point = Tenths(ring[i]);
            AppendTenths(builder, point.X - previous.X, separate: i > 1);
            AppendTenths(builder, point.Y - previous.Y, separate: true);
            previous = point;
        }

        builder.Append('Z');
    }

    private static (long X, long Y) Tenths((double X, double Y) point) =>
        ((long)Math.Round(point.X * 10, MidpointRounding.AwayFromZero), (long)Math.Round(point.Y * 10, MidpointRounding.AwayFromZero));

    /// <summary>A number given in tenths, shortest form: "12", "1.5", ".5", "-.5"; a space before it only where needed.</summary>
    private static void AppendTenths(StringBuilder builder, long tenths, bool separate)
    {
        var whole = Math.Abs(tenths) / 10;
        var fraction = Math.Abs(tenths) % 10;
        if (tenths < 0)
        {
            builder.Append('-');
        }
        else if (separate)
        {
            builder.Append(' ');
        }

        if (whole > 0 || fraction == 0)
        {
            builder.Append(whole.ToString(CultureInfo.InvariantCulture));
        }

        if (fraction > 0)
        {
            builder.Append('.').Append((char)('0' + fraction));
        }
    }

    private static (double MinLon, double MaxLon, double MinLat, double MaxLat) Bounds(List<Feature> features)
    {
        var points = features.SelectMany(f => f.Rings).SelectMany(r => r).ToList();
        return (points.Min(p => p.Lon), points.Max(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lat));
    }

    private static List<Feature> Read(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        var result = new List<Feature>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            var rings = polygons.SelectMany(polygon => polygon.EnumerateArray())
                .Select(ring => ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList())
                .ToList();
            result.Add(new Feature(properties.GetProperty("code").GetString()!, properties.GetProperty("type").GetString() ?? "", rings));
        }

        return result;
    }
}
