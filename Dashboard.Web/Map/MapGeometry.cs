namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>One unit's outline as SVG path data in map pixels.</summary>
public sealed record MapShape(string Code, string PathData);

/// <summary>A framed inset (Côn Đảo lies ~180 km offshore and is drawn in its own box at its own scale).</summary>
public sealed record MapInset(double X, double Y, double Width, double Height);

/// <summary>
/// The projected outlines of the 168 units, computed once per boundary hash; only fills change per request.
/// <paramref name="Zoom"/> is an enlarged view of the dense inner city drawn in the empty north-east corner: the units
/// <paramref name="ZoomCodes"/> drawn again from their main-map outlines, scaled by <see cref="ZoomFactor"/> (and
/// clipped to the frame), and <paramref name="ZoomSource"/> is the area it enlarges on the main map.
/// </summary>
public sealed record MapGeometry(
    string Sha256,
    double Width,
    double Height,
    IReadOnlyList<MapShape> Shapes,
    MapInset? Inset,
    MapInset? Zoom = null,
    MapInset? ZoomSource = null,
    IReadOnlyList<string>? ZoomCodes = null)
{
    /// <summary>How many times the zoom enlarges the main map: a point (x, y) of the main map is drawn in the zoom at
    /// (Zoom.X + (x - ZoomSource.X) × factor, Zoom.Y + (y - ZoomSource.Y) × factor).</summary>
    public double ZoomFactor => Zoom is { } zoom && ZoomSource is { } source ? zoom.Width / source.Width : 1;
}
