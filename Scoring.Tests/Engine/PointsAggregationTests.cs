using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>The minimal rules switched to points: AV 30 (full at 80 %), dossiers 20, e-results 20, overdue 10, IOC 10, task 10.</summary>
public class PointsAggregationTests
{
    private static readonly int[] _maxPoints = [30, 20, 20, 10, 10, 10];

    private static RuleSet PointsRules(Action<JsonNode>? more = null) => TestRules.Minimal(n =>
    {
        n["aggregation"] = JsonNode.Parse("""{ "method": "points", "points": { "totalPoints": 100, "bands": { "green": 85, "yellow": 70 } } }""");
        for (var i = 0; i < _maxPoints.Length; i++)
        {
            n["criteria"]![i]!["points"] = new JsonObject { ["maxPoints"] = _maxPoints[i] };
        }

        n["criteria"]![0]!["points"]!["fullScoreAt"] = 80;
        more?.Invoke(n);
    });

    [Test]
    public void Score_Points_FollowMinOfValueOverFullScoreTimesMax()
    {
        var score = Score(PointsRules(), Ward(
            IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40),       // 42.5 / 80 × 30 = 15.94
            IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 1117),     // capped at 20
            IndicatorValue.Percentage("E_RESULTS", July2025, 45),        // 45 / 90 × 20 = 10
            IndicatorValue.Count("OVERDUE", July2025, 0),                // at or below 0 → 10
            IndicatorValue.YesNo("IOC", July2025, false),                // 0
            IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.Done, new DateOnly(2025, 7, 1)))); // 10

        Assert.That(score.Criteria.Select(c => c.Points), Is.EqualTo(new decimal?[] { 15.94m, 20m, 10m, 10m, 0m, 10m }));
        Assert.That(score.Score, Is.EqualTo(65.94m));
        Assert.That(score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(score.Reason.En, Is.EqualTo("red: 65.94/100 points."));
    }

    [TestCase("65.94", "50", Rating.Green, TestName = "Total exactly at the green band is green")]
    [TestCase("65.95", "50", Rating.Yellow, TestName = "Total just below the green band is yellow")]
    [TestCase("80", "65.94", Rating.Yellow, TestName = "Total exactly at the yellow band is yellow")]
    [TestCase("80", "65.95", Rating.Red, TestName = "Total just below the yellow band is red")]
    public void Score_TotalAtAndAroundBands_MapsToColour(string green, string yellow, Rating expected)
    {
        var rules = PointsRules(n =>
        {
            n["aggregation"]!["points"]!["bands"]!["green"] = decimal.Parse(green, System.Globalization.CultureInfo.InvariantCulture);
            n["aggregation"]!["points"]!["bands"]!["yellow"] = decimal.Parse(yellow, System.Globalization.CultureInfo.InvariantCulture);
        });

        var score = Score(rules, Ward(
            IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40),
            IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 1117),
            IndicatorValue.Percentage("E_RESULTS", July2025, 45),
            IndicatorValue.Count("OVERDUE", July2025, 0),
            IndicatorValue.YesNo("IOC", July2025, false),
            IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.Done, new DateOnly(2025, 7, 1))));

        Assert.That(score.Score, Is.EqualTo(65.94m));
        Assert.That(score.Overall, Is.EqualTo(expected));
    }

    [Test]
    public void PathToGreen_Points_TakesTheLargestGainsFirst()
    {
        var score = Score(PointsRules(), Ward(
            IndicatorValue.Ratio("AV_MACHINES", July2025, 20, 40),       // 50/80 × 30 = 18.75, gain 11.25
            IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 600),
            IndicatorValue.Percentage("E_RESULTS", July2025, 90),
            IndicatorValue.Count("OVERDUE", July2025, 0),
            IndicatorValue.YesNo("IOC", July2025, false),                // gain 10
            IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.Done, new DateOnly(2025, 7, 1))));

        // 78.75 now; the green band (85) needs 6.25 more: the AV gain alone (11.25) is enough.
        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
        Assert.That(score.PathToGreen.Select(s => s.CriterionCode), Is.EqualTo(new[] { "AV" }));
        Assert.That(score.PathToGreen[0].Gap.Missing, Is.EqualTo(12m), "80 % of 40 machines is 32: 12 more than 20");
    }

    [Test]
    public void Read_PointsThatDoNotAddUp_AreReported()
    {
        var result = TestRules.ReadEdited(n =>
        {
            n["aggregation"] = JsonNode.Parse("""{ "method": "points", "points": { "totalPoints": 100, "bands": { "green": 85, "yellow": 70 } } }""");
            for (var i = 0; i < 6; i++)
            {
                n["criteria"]![i]!["points"] = new JsonObject { ["maxPoints"] = 10 };
            }
        });

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EqualTo(new[] { ("$.aggregation.points.totalPoints", "points.sumMismatch") }));
        Assert.That(result.Errors[0].MessageEn, Is.EqualTo("The criteria's maximum points add up to 60, not the declared total 100."));
    }

    [Test]
    public void Read_PointsBandsOutOfOrder_AreReported()
    {
        var result = TestRules.ReadEdited(n =>
        {
            n["aggregation"] = JsonNode.Parse("""{ "method": "points", "points": { "totalPoints": 100, "bands": { "green": 60, "yellow": 70 } } }""");
            for (var i = 0; i < _maxPoints.Length; i++)
            {
                n["criteria"]![i]!["points"] = new JsonObject { ["maxPoints"] = _maxPoints[i] };
            }
        });

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "points.bandsOrder" }));
    }

    [Test]
    public void Read_PointsMethodWithCriterionWithoutPoints_IsReported()
    {
        var result = TestRules.ReadEdited(n => n["aggregation"] = JsonNode.Parse("""{ "method": "points", "points": { "totalPoints": 100, "bands": { "green": 85, "yellow": 70 } } }"""));

        Assert.That(result.Errors.Select(e => e.Code).Distinct(), Is.EqualTo(new[] { "points.missing" }));
        Assert.That(result.Errors, Has.Count.EqualTo(6));
    }
}
