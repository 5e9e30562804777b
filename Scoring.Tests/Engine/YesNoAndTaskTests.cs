using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

public class YesNoAndTaskTests
{
    private static readonly RuleSet _rules = TestRules.Minimal();

    [TestCase(true, Rating.Green, "Yes.")]
    [TestCase(false, Rating.Red, "No.")]
    public void Score_YesNo_YesIsGreenNoIsRed(bool connected, Rating expected, string reason)
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.YesNo("IOC", July2025, connected))), "IOC");

        Assert.That(result.Rating, Is.EqualTo(expected));
        Assert.That(result.Reason.En, Is.EqualTo(reason));
        Assert.That(result.Gaps.Select(g => g.Action.En), Is.EqualTo(connected ? Array.Empty<string>() : ["Do it for green."]));
    }

    [Test]
    public void Score_TaskDoneBeforeDeadline_IsGreen()
    {
        var result = ScoreTask(TaskProgress.Done, new DateOnly(2025, 7, 3), asOf: new DateOnly(2025, 7, 31));

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
        Assert.That(result.Reason.Vi, Is.EqualTo("Xong ngày 03/07/2025."));
    }

    [Test]
    public void Score_TaskDoneAfterDeadline_IsGreenAndSaysLate()
    {
        var result = ScoreTask(TaskProgress.Done, new DateOnly(2025, 7, 10), asOf: new DateOnly(2025, 7, 31));

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
        Assert.That(result.Reason.En, Is.EqualTo("Done on 10/07/2025, after 05/07/2025."));
    }

    [TestCase(TaskProgress.InProgress, 2025, 7, 5, Rating.Yellow, TestName = "In progress on the deadline day is yellow")]
    [TestCase(TaskProgress.NotStarted, 2025, 7, 1, Rating.Yellow, TestName = "Not started before the deadline is yellow")]
    [TestCase(TaskProgress.InProgress, 2025, 7, 6, Rating.Red, TestName = "In progress the day after the deadline is red")]
    [TestCase(TaskProgress.NotStarted, 2025, 7, 31, Rating.Red, TestName = "Not started after the deadline is red")]
    public void Score_TaskNotDone_RatedAtAsOfDate(TaskProgress status, int year, int month, int day, Rating expected)
    {
        var result = ScoreTask(status, null, new DateOnly(year, month, day));

        Assert.That(result.Rating, Is.EqualTo(expected));
        Assert.That(result.GapTo(Rating.Green)!.Action.En, Is.EqualTo("Finish by 05/07/2025 for green."));
    }

    [Test]
    public void Score_TaskCompletedAfterAsOfDate_WasNotDoneYet()
    {
        var result = ScoreTask(TaskProgress.Done, new DateOnly(2025, 7, 20), asOf: new DateOnly(2025, 7, 10));

        Assert.That(result.Rating, Is.EqualTo(Rating.Red));
        Assert.That(result.Reason.En, Is.EqualTo("Overdue since 05/07/2025."));
    }

    private static Scoring.Engine.Evaluation.CriterionResult ScoreTask(TaskProgress status, DateOnly? doneOn, DateOnly asOf) =>
        Criterion(Score(_rules, Ward(IndicatorValue.TaskState("DATA_MIGRATION", July2025, status, doneOn)), asOf: asOf), "MIGRATE");
}
