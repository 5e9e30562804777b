using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Model;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// The real commune report (UBND xã Chí Minh, 78/BC-UBND, July 2025) under the shipped rules, with every fact the
/// report states and no invented denominators: where it says "100%" without a head count, the value is a percentage
/// with no count. Expected colours and sentences are written by hand from the rule file, not copied from the engine.
/// </summary>
public class GoldenReportTests
{
    private static readonly RuleSet _rules = ShippedRules.Read().RuleSet!;

    private static readonly CommuneInput _chiMinh = Commune(UnitType.Xa,
        IndicatorValue.YesNo("IOC_CONNECTED", July2025, true),
        IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 1117),
        IndicatorValue.Count("DOSSIERS_RESOLVED", July2025, 822),
        IndicatorValue.Count("DOSSIERS_IN_PROGRESS", July2025, 295),
        IndicatorValue.Percentage("STAFF_TRAINED", July2025, 100),
        IndicatorValue.Percentage("PROCEDURES_RESTRUCTURED", July2025, 100),
        IndicatorValue.YesNo("DOCUMENT_SYSTEM_CONNECTED", July2025, true),
        IndicatorValue.Percentage("DOSSIERS_DIGITISED", July2025, 100),
        IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 17, 40),
        IndicatorValue.YesNo("BACKUPS_DONE", July2025, true),
        IndicatorValue.Percentage("STAFF_DIGITAL_SIGNATURE", July2025, 100),
        IndicatorValue.TaskState("AGENCY_ID_CODES", July2025, TaskProgress.Done),
        IndicatorValue.TaskState("INFO_SYSTEMS_IN_USE", July2025, TaskProgress.InProgress),
        IndicatorValue.YesNo("SINGLE_PROC_SYSTEM", July2025, true),
        IndicatorValue.TaskState("PROCEDURE_LIST_PUBLISHED", July2025, TaskProgress.Done, new DateOnly(2025, 7, 1)),
        IndicatorValue.TaskState("DX_WORKING_GROUPS", July2025, TaskProgress.InProgress));

    private static readonly Scoring.Engine.Evaluation.CommuneScore _score = Score(_rules, _chiMinh);

    [Test]
    public void Antivirus17Of40_IsRed_15MoreForYellow_21MoreForGreen()
    {
        var c7 = Criterion(_score, "C7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c7.Rating, Is.EqualTo(Rating.Red));
            Assert.That(c7.Reason.Vi, Does.StartWith("17/40 máy tính (42,5%), chưa đạt ngưỡng vàng ≥ 80% (ngưỡng xanh ≥ 95%"));
            Assert.That(c7.GapTo(Rating.Yellow)!.Missing, Is.EqualTo(15m));
            Assert.That(c7.GapTo(Rating.Yellow)!.Action.Vi, Is.EqualTo("Cài đặt, cập nhật phần mềm phòng, chống mã độc cho thêm 15 máy tính để đạt mức vàng"));
            Assert.That(c7.GapTo(Rating.Green)!.Missing, Is.EqualTo(21m));
            Assert.That(c7.GapTo(Rating.Green)!.Action.En, Is.EqualTo("Install and update anti-malware software on 21 more computers to reach green"));
        }
    }

    [Test]
    public void OnlineDossiers_WithoutAPopulation_HaveNoPerCapitaValue_AndTheCountsShowBeside()
    {
        var c2 = Criterion(_score, "C2");

        Assert.That(c2.Outcome, Is.EqualTo(Outcome.NoData), "the report's commune is not one of the city's 168, so no population is known");
        Assert.That(c2.Context.Select(v => v.Number), Is.EqualTo(new decimal?[] { 1117m, 822m, 295m }));
    }

    [TestCase("C3")]
    [TestCase("C4")]
    [TestCase("C6")]
    [TestCase("C8")]
    public void HundredPercentWithoutAHeadCount_IsGreen_AsAPercentage(string code)
    {
        var result = Criterion(_score, code);

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
        Assert.That(result.Reason.Vi, Does.StartWith("100%"));
    }

    [Test]
    public void WorkingGroupsStillInProgressAfter10July_IsOverdue_AndTheListPublishedOn1July_IsGreenButLate()
    {
        Assert.That(Criterion(_score, "S18").Rating, Is.EqualTo(Rating.Red));
        Assert.That(Criterion(_score, "S6").Rating, Is.EqualTo(Rating.Green));
        Assert.That(Criterion(_score, "S6").Reason.En, Does.Contain("after the deadline"));
    }

    [Test]
    public void Overall_IsRedBecauseCriticalAntivirusIsRed()
    {
        Assert.That(_score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(_score.Reason.Vi, Does.StartWith("Đỏ: có tiêu chí trọng yếu ở mức đỏ (C7)."));
        Assert.That(_score.Reason.En, Does.StartWith("Red: a critical criterion is red (C7)."));
    }

    [Test]
    public void UnreportedTasks_AreNoDataNotRed()
    {
        Assert.That(Criterion(_score, "S4").Outcome, Is.EqualTo(Outcome.NoData));
        Assert.That(Criterion(_score, "S4").Reason.Vi, Is.EqualTo("Chưa có dữ liệu cho kỳ báo cáo tháng 7/2025."));
    }

    [Test]
    public void PathToGreen_FixesAntivirusFirst_AndTheOverdueTask()
    {
        var steps = _score.PathToGreen.Select(s => s.CriterionCode).ToList();

        Assert.That(steps, Does.Contain("C7").And.Contain("S18"));
        Assert.That(_score.PathToGreen.Single(s => s.CriterionCode == "C7").Gap.Missing, Is.EqualTo(21m));
    }

    [Test]
    public void WithAntivirusOn38Machines_TheCommuneIsNoLongerRed()
    {
        var fixedUp = _chiMinh with { Values = [.. _chiMinh.Values.Where(v => v.IndicatorCode != "AV_UPDATED_MACHINES"), IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 38, 40)] };

        var score = Score(_rules, fixedUp);

        Assert.That(Criterion(score, "C7").Rating, Is.EqualTo(Rating.Green));
        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow), "one red criterion (S18) and many without data keep it from green");
    }
}
