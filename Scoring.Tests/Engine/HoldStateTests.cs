using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// The holdState strategy, worked by hand on TestData/Rules/hold-state.json: the minimal fixture with IOC (yes/no) and
/// MIGRATE (task, deadline 31/10/2025) holding their state. Each period is rated as at its last day.
/// </summary>
public class HoldStateTests
{
    private static readonly RuleSet _rules = TestRules.Valid(File.ReadAllText(TestRules.Path("Rules", "hold-state.json")));

    private static readonly IndicatorValue _doneInJuly =
        IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.Done, new DateOnly(2025, 7, 15));

    [Test]
    public void HoldStateFile_GoldenCases_AllPass()
    {
        GoldenCaseAssert.AllPass(_rules, 9);
    }

    [Test]
    public void Task_DoneInJuly_HoldsGreenForSixPeriods_AndChangesWhenAReportChangesIt()
    {
        // Laid out once and rated for each period, as the rescore does: July reported done; August to December nothing;
        // January 2026 reports it in progress again (the system was rolled back), which is taken as reported.
        var values = CommuneValues.Of(_rules, Ward(
            _doneInJuly,
            IndicatorValue.TaskState("DATA_MIGRATION", new Period(2026, 1), TaskProgress.InProgress)));

        var seen = July2025.Through(new Period(2026, 1))
            .Select(p => Criterion(Scorer.Explain(Rater.Rate(_rules, values, p, p.LastDay)), "MIGRATE"))
            .Select(c => (c.Rating, c.Value!.Period, c.IsStale))
            .ToArray();

        var held = (Rating.Green, July2025, false);
        Assert.That(seen, Is.EqualTo(new[] { held, held, held, held, held, held, (Rating.Red, new Period(2026, 1), false) }));
    }

    [Test]
    public void Task_HeldFromAnEarlierPeriod_SaysWhenItWasReported_AndIsNotStale()
    {
        var december = new Period(2025, 12);

        var result = Criterion(Score(_rules, Ward(_doneInJuly), december, december.LastDay), "MIGRATE");

        Assert.That(result.Reason.Vi, Is.EqualTo("Xong ngày 15/07/2025. (Báo cáo kỳ tháng 7/2025, vẫn giữ nguyên.)"));
        Assert.That(result.Reason.En, Is.EqualTo("Done on 15/07/2025. (Reported for July 2025, holds.)"));
        Assert.That(result.Value!.Text.En, Is.EqualTo("done on 15/07/2025"));
        Assert.That((result.IsStale, result.Value.Period), Is.EqualTo((false, July2025)));
    }

    [Test]
    public void Task_ReportedInTheRatedPeriod_HasNoHeldSentence()
    {
        var result = Criterion(Score(_rules, Ward(_doneInJuly)), "MIGRATE");

        Assert.That(result.Reason.En, Is.EqualTo("Done on 15/07/2025."));
    }

    [TestCase(9, "yellow", "in progress, due 31/10/2025. (Reported for July 2025, holds.)")]
    [TestCase(10, "yellow", "in progress, due 31/10/2025. (Reported for July 2025, holds.)")]
    [TestCase(11, "red", "Overdue since 31/10/2025. (Reported for July 2025, holds.)")]
    public void Task_HeldInProgress_IsRatedAgainstTheDeadlineAtEachAsOfDate(int month, string colour, string reason)
    {
        var period = new Period(2025, month);
        var inProgress = IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.InProgress);

        var result = Criterion(Score(_rules, Ward(inProgress), period, period.LastDay), "MIGRATE");

        Assert.That(result.Rating, Is.EqualTo(colour == "red" ? Rating.Red : Rating.Yellow));
        Assert.That(result.Reason.En, Is.EqualTo(reason));
    }

    [Test]
    public void YesNo_HoldsUntilALaterReportChangesIt()
    {
        var values = CommuneValues.Of(_rules, Ward(
            IndicatorValue.YesNo("IOC", new Period(2025, 8), true),
            IndicatorValue.YesNo("IOC", new Period(2025, 11), false)));

        var seen = July2025.Through(new Period(2026, 1))
            .Select(p => Criterion(Scorer.Explain(Rater.Rate(_rules, values, p, p.LastDay)), "IOC"))
            .Select(c => (c.Outcome, c.Rating, c.Reason.En))
            .ToArray();

        Assert.That(seen, Is.EqualTo(new (Outcome, Rating?, string)[]
        {
            (Outcome.NoData, null, "No data for July 2025."),
            (Outcome.Rated, Rating.Green, "Yes."),
            (Outcome.Rated, Rating.Green, "Yes. (Reported for August 2025, holds.)"),
            (Outcome.Rated, Rating.Green, "Yes. (Reported for August 2025, holds.)"),
            (Outcome.Rated, Rating.Red, "No."),
            (Outcome.Rated, Rating.Red, "No. (Reported for November 2025, holds.)"),
            (Outcome.Rated, Rating.Red, "No. (Reported for November 2025, holds.)"),
        }));
    }

    [TestCase(36, true)]
    [TestCase(37, false)]
    public void HeldState_ReachesBack36PeriodsAndNoFurther(int monthsLater, bool held)
    {
        var period = July2025.AddMonths(monthsLater);

        var result = Criterion(Score(_rules, Ward(IndicatorValue.YesNo("IOC", July2025, true)), period, period.LastDay), "IOC");

        Assert.That(result.Outcome, Is.EqualTo(held ? Outcome.Rated : Outcome.NoData));
    }

    [Test]
    public void HeldTemplate_FromTheRuleFile_ReplacesTheBuiltInSentence()
    {
        var rules = TestRules.Valid(Edited(n => n["texts"]!["held"] = JsonNode.Parse("""{ "vi": "[giữ từ {valuePeriod}]", "en": "[held since {valuePeriod}]" }""")));
        var december = new Period(2025, 12);

        var result = Criterion(Score(rules, Ward(_doneInJuly), december, december.LastDay), "MIGRATE");

        Assert.That(result.Reason.Vi, Is.EqualTo("Xong ngày 15/07/2025. [giữ từ tháng 7/2025]"));
        Assert.That(result.Reason.En, Is.EqualTo("Done on 15/07/2025. [held since July 2025]"));
    }

    [Test]
    public void CarryForward_IsUnchanged_StaleAndLimitedToItsPeriods()
    {
        var august = IndicatorValue.Ratio("AV_MACHINES", new Period(2025, 8), 40, 40);

        var october = Criterion(Score(_rules, Ward(august), new Period(2025, 10), new DateOnly(2025, 10, 31)), "AV");
        var november = Criterion(Score(_rules, Ward(august), new Period(2025, 11), new DateOnly(2025, 11, 30)), "AV");

        Assert.That((october.Rating, october.IsStale), Is.EqualTo(((Rating?)Rating.Green, true)));
        Assert.That(november.Outcome, Is.EqualTo(Outcome.NoData));
    }

    private static string Edited(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(TestRules.Path("Rules", "hold-state.json")))!;
        edit(node);
        return node.ToJsonString();
    }
}
