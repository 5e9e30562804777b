namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>One unit's outline as SVG path data in map pixels.</summary>
public sealed record MapShape(string Code, string PathData);

/// <summary>A framed inset (Côn Đảo lies ~180 km offshore and is drawn in its own box at its own scale).</summary>
public sealed record MapInset(double X, double Y, double Width, double Height);

/// <summary>
/// The projected outlines of the 168 units, computed once per boundary hash; only fills change per request.
/// <paramref name="Zoom"/> is an enlarged view of the dense inner city drawn in the empty north-east corner, with
/// <paramref name="ZoomShapes"/> (clipped to it) and <paramref name="ZoomSource"/>, the area it enlarges on the main map.
/// </summary>
public sealed record MapGeometry(
    string Sha256,
    double Width,
    double Height,
    IReadOnlyList<MapShape> Shapes,
    MapInset? Inset,
    MapInset? Zoom = null,
    MapInset? ZoomSource = null,
    IReadOnlyList<MapShape>? ZoomShapes = null);
