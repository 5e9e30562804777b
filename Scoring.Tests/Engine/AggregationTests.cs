using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>The critical + share method on the minimal rules: critical AV, K = 2 reds, P = 75 %.</summary>
public class AggregationTests
{
    private static readonly RuleSet _rules = TestRules.Minimal();

    private static IndicatorValue[] AllGreen() =>
    [
        IndicatorValue.Ratio("AV_MACHINES", July2025, 40, 40),
        IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 700),
        IndicatorValue.Percentage("E_RESULTS", July2025, 95),
        IndicatorValue.Count("OVERDUE", July2025, 0),
        IndicatorValue.YesNo("IOC", July2025, true),
        IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.Done, new DateOnly(2025, 7, 1)),
    ];

    private static IndicatorValue[] With(params IndicatorValue[] replacements) =>
        [.. AllGreen().Where(v => replacements.All(r => r.IndicatorCode != v.IndicatorCode)), .. replacements];

    [Test]
    public void Score_EverythingGreen_IsGreenWithFullShare()
    {
        var score = Score(_rules, Ward(AllGreen()));

        Assert.That(score.Overall, Is.EqualTo(Rating.Green));
        Assert.That(score.Score, Is.EqualTo(100m));
        Assert.That(score.Reason.En, Is.EqualTo("Green: 6/6 green (100%)."));
        Assert.That(score.PathToGreen, Is.Empty);
    }

    [Test]
    public void Score_CriticalCriterionRed_IsRedWhateverTheShare()
    {
        var score = Score(_rules, Ward(With(IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40))));

        Assert.That(score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(score.Verdict, Is.EqualTo(Verdict.CriticalRed));
        Assert.That(score.Reason.Vi, Is.EqualTo("Đỏ: tiêu chí trọng yếu AV đỏ."));
    }

    [Test]
    public void Score_RedCountReachesK_IsRed()
    {
        var score = Score(_rules, Ward(With(IndicatorValue.YesNo("IOC", July2025, false), IndicatorValue.Count("OVERDUE", July2025, 9))));

        Assert.That(score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(score.Verdict, Is.EqualTo(Verdict.TooManyRed));
        Assert.That(score.Reason.En, Is.EqualTo("Red: 2 red criteria (limit 2)."));
    }

    [Test]
    public void Score_OneNonCriticalRedAndShareAtP_IsGreen()
    {
        // 6 rated, 5 green = 83.33 % ≥ 75 %, 1 red < K = 2, the critical criterion green.
        var score = Score(_rules, Ward(With(IndicatorValue.YesNo("IOC", July2025, false))));

        Assert.That(score.Overall, Is.EqualTo(Rating.Green));
        Assert.That(score.Score, Is.EqualTo(83.33m));
    }

    [Test]
    public void Score_ShareBelowP_IsYellow()
    {
        // 6 rated, 4 green = 66.67 % < 75 %.
        var score = Score(_rules, Ward(With(IndicatorValue.Count("OVERDUE", July2025, 2), IndicatorValue.Percentage("E_RESULTS", July2025, 80))));

        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
        Assert.That(score.Reason.En, Is.EqualTo("Yellow: 4/6 green (66.67%, needs 75%); critical not green: none."));
    }

    [Test]
    public void Score_ShareExactlyAtP_IsGreen()
    {
        // Without e-results and the task (no data, so not rated): 3 green of 4 rated is exactly 75 %.
        var values = With(IndicatorValue.Count("OVERDUE", July2025, 2)).Where(v => v.IndicatorCode is not "E_RESULTS" and not "DATA_MIGRATION").ToArray();

        var score = Score(_rules, Ward(values));

        Assert.That(score.Criteria.Count(c => c.Outcome == Outcome.Rated), Is.EqualTo(4));
        Assert.That(score.Score, Is.EqualTo(75m));
        Assert.That(score.Overall, Is.EqualTo(Rating.Green));
    }

    [Test]
    public void Score_CriticalCriterionWithoutData_BlocksGreen()
    {
        var score = Score(_rules, Ward(AllGreen().Where(v => v.IndicatorCode != "AV_MACHINES").ToArray()));

        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
        Assert.That(score.Reason.En, Does.EndWith("critical not green: AV."));
        Assert.That(score.PathToGreen.Single().Gap.Action.En, Is.EqualTo("Report data at green."));
    }

    [Test]
    public void Score_NoValuesAndNoRedStrategy_IsNoData()
    {
        var rules = TestRules.Minimal(n => n["criteria"]![1]!["missing"]!["strategy"] = "noData");

        var score = Score(rules, Ward());

        Assert.That(score.Overall, Is.Null);
        Assert.That(score.Score, Is.Null);
        Assert.That(score.Reason.Vi, Is.EqualTo("Chưa có dữ liệu tháng 7/2025."));
    }

    [Test]
    public void Score_NothingReportedEvenWithARedForMissingCriterion_IsNoDataNotYellow()
    {
        var score = Score(_rules, Ward());

        Assert.That(Criterion(score, "DOSSIERS").Rating, Is.EqualTo(Rating.Red), "the criterion itself still says it was not reported");
        Assert.That(score.Overall, Is.Null);
        Assert.That(score.Reason.En, Is.EqualTo("No data for July 2025."));
    }

    [Test]
    public void Score_SameInputTwice_IsIdenticalByteForByte()
    {
        var commune = Ward(With(IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40)));

        var first = System.Text.Json.JsonSerializer.Serialize(Score(_rules, commune));
        var second = System.Text.Json.JsonSerializer.Serialize(Score(TestRules.Minimal(), commune));

        Assert.That(second, Is.EqualTo(first));
    }
}
