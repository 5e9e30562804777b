namespace DashboardKpi.Dashboard.Web.Map;

/// <summary>One unit's outline as SVG path data in map pixels.</summary>
public sealed record MapShape(string Code, string PathData);

/// <summary>A framed inset (Côn Đảo lies ~180 km offshore and is drawn in its own box at its own scale).</summary>
public sealed record MapInset(double X, double Y, double Width, double Height);

/// <summary>The projected outlines of the 168 units, computed once per boundary hash; only fills change per request.</summary>
public sealed record MapGeometry(string Sha256, double Width, double Height, IReadOnlyList<MapShape> Shapes, MapInset? Inset);
