using System.Globalization;
using System.Text.RegularExpressions;
using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Ingest.Jobs.ReferenceData;

namespace DashboardKpi.Scoring.Tests.Web;

[TestFixture]
public sealed partial class MapTests
{
    [Test]
    public void Build_ShippedBoundaries_Gives168DrawableShapesInsideTheFrame()
    {
        var geoJson = ReferenceDataFiles.ReadText(ReferenceDataFiles.Boundaries);

        var map = MapProjection.Build(geoJson, "sha");
        var points = map.Shapes.SelectMany(s => Points(s.PathData)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Shapes, Has.Count.EqualTo(168));
            Assert.That(map.Shapes.Select(s => s.Code).Distinct().Count(), Is.EqualTo(168));
            Assert.That(map.Shapes.Where(s => !s.PathData.StartsWith('M') || !s.PathData.EndsWith('Z')), Is.Empty);
            Assert.That(points.Min(p => Math.Min(p.X, p.Y)), Is.GreaterThanOrEqualTo(0));
            Assert.That(points.Max(p => p.X), Is.LessThanOrEqualTo(map.Width));
            Assert.That(points.Max(p => p.Y), Is.LessThanOrEqualTo(map.Height));
            Assert.That(map.Inset, Is.Not.Null, "Côn Đảo is drawn in an inset");
            Assert.That(map.Shapes.Sum(s => s.PathData.Length), Is.LessThan(160_000), "simplified and written in relative steps for the page");
        }
    }

    [Test]
    public void Build_ZoomedInnerCity_IsTheEnlargedAreaOutlinedFinely()
    {
        var map = MapProjection.Build(ReferenceDataFiles.ReadText(ReferenceDataFiles.Boundaries), "sha");

        var source = map.ZoomSource!;
        var zoomed = map.Shapes.Where(s => map.ZoomCodes!.Contains(s.Code)).Select(s => Points(s.PathData)).ToList();
        var others = map.Shapes.Where(s => !map.ZoomCodes!.Contains(s.Code)).Select(s => Points(s.PathData)).ToList();
        var centres = zoomed.Select(p => (X: p.Average(q => q.X), Y: p.Average(q => q.Y))).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.ZoomCodes, Has.Count.GreaterThan(20));
            Assert.That(map.ZoomFactor, Is.GreaterThan(1.5), "an enlargement");
            Assert.That(centres.Count(c => c.X > source.X && c.X < source.X + source.Width && c.Y > source.Y && c.Y < source.Y + source.Height), Is.GreaterThan(zoomed.Count / 2));
            // Outlined finely enough to be drawn enlarged: many steps shorter than any on the rest of the map.
            Assert.That(Steps(zoomed).Count(d => d < Steps(others).Min()), Is.GreaterThan(Steps(zoomed).Count / 5));
        }
    }

    private static List<double> Steps(List<List<(double X, double Y)>> shapes) =>
        shapes.SelectMany(p => p.Zip(p.Skip(1), (a, b) => Math.Round(Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y), 1))).Where(d => d is > 0 and < 5).ToList();

    [TestCase("M10 20l1.5-.5 -2 0Z", new[] { 10, 20, 11.5, 19.5, 9.5, 19.5 })]
    [TestCase("M1.2 3l.1 .1Z", new[] { 1.2, 3, 1.3, 3.1 })]
    [TestCase("M5 5Z", new[] { 5.0, 5 })]
    public void Points_RelativeSteps_GiveAbsolutePoints(string pathData, double[] expected) =>
        Assert.That(Points(pathData).SelectMany(p => new[] { p.X, p.Y }), Is.EqualTo(expected).Within(1e-9));

    /// <summary>The absolute points of path data written as MapProjection writes it: "M x y" per ring, then "l" and relative steps.</summary>
    internal static List<(double X, double Y)> Points(string pathData)
    {
        var points = new List<(double X, double Y)>();
        foreach (Match ring in RingPattern().Matches(pathData))
        {
            var numbers = NumberPattern().Matches(ring.Groups[1].Value + " " + ring.Groups[2].Value)
                .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            var (x, y) = (numbers[0], numbers[1]);
            points.Add((x, y));
            for (var i = 2; i + 1 < numbers.Count; i += 2)
            {
                (x, y) = (Math.Round(x + numbers[i], 1), Math.Round(y + numbers[i + 1], 1));
                points.Add((x, y));
            }
        }

        return points;
    }

    [GeneratedRegex(@"M([^lZ]*)(?:l([^Z]*))?Z")]
    private static partial Regex RingPattern();

    [GeneratedRegex(@"-?(?:\d+\.?\d*|\.\d+)")]
    private static partial Regex NumberPattern();
}
