using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Ingest.Jobs.ReferenceData;

namespace DashboardKpi.Scoring.Tests.Web;

[TestFixture]
public sealed class MapTests
{
    [Test]
    public void Build_ShippedBoundaries_Gives168DrawableShapesInsideTheFrame()
    {
        var geoJson = ReferenceDataFiles.ReadText(ReferenceDataFiles.Boundaries);

        var map = MapProjection.Build(geoJson, "sha");
        var numbers = map.Shapes.SelectMany(s => s.PathData.Split('M', 'L', 'Z', ' ').Where(t => t.Length > 0)).Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Shapes, Has.Count.EqualTo(168));
            Assert.That(map.Shapes.Select(s => s.Code).Distinct().Count(), Is.EqualTo(168));
            Assert.That(map.Shapes.Where(s => !s.PathData.StartsWith('M') || !s.PathData.EndsWith('Z')), Is.Empty);
            Assert.That(numbers.Min(), Is.GreaterThanOrEqualTo(0));
            Assert.That(numbers.Max(), Is.LessThanOrEqualTo(Math.Max(map.Width, map.Height)));
            Assert.That(map.Inset, Is.Not.Null, "Côn Đảo is drawn in an inset");
            Assert.That(map.Shapes.Sum(s => s.PathData.Length), Is.LessThan(400_000), "simplified for the page");
        }
    }
}
