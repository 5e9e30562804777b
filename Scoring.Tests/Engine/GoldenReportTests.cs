using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Model;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// The real commune report (UBND xã Chí Minh, 78/BC-UBND, July 2025) under the shipped rules. Expected colours
/// and sentences are written by hand from the rule file, not copied from the engine's output. The report gives
/// 100 % for training and signing without a head count; 20 staff stands in for it (Mường Đun commune's size).
/// </summary>
public class GoldenReportTests
{
    private static readonly RuleSet _rules = ShippedRules.Read().RuleSet!;

    private static readonly CommuneInput _chiMinh = Commune(UnitType.Xa,
        IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 1117),
        IndicatorValue.Count("DOSSIERS_RESOLVED", July2025, 822),
        IndicatorValue.Count("DOSSIERS_IN_PROGRESS", July2025, 295),
        IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 17, 40),
        IndicatorValue.Ratio("STAFF_DIGITAL_SIGNATURE", July2025, 20, 20),
        IndicatorValue.Ratio("STAFF_TRAINED", July2025, 20, 20));

    private static readonly Scoring.Engine.Evaluation.CommuneScore _score = Score(_rules, _chiMinh);

    [Test]
    public void Antivirus17Of40_IsRed_15MoreForYellow_21MoreForGreen()
    {
        var c7 = Criterion(_score, "C7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(c7.Rating, Is.EqualTo(Rating.Red));
            Assert.That(c7.Reason.Vi, Is.EqualTo("17/40 máy tính (42,5 %), chưa đạt ngưỡng vàng ≥ 80 % (ngưỡng xanh ≥ 95 %; giá trị bằng ngưỡng được xếp vào mức cao hơn)."));
            Assert.That(c7.Reason.En, Is.EqualTo("17/40 computers (42.5%), does not meet the yellow threshold ≥ 80% (green threshold ≥ 95%; a value exactly at a cut earns the better colour)."));
            Assert.That(c7.GapTo(Rating.Yellow)!.Missing, Is.EqualTo(15m));
            Assert.That(c7.GapTo(Rating.Yellow)!.Action.Vi, Is.EqualTo("Cập nhật phần mềm diệt virus cho thêm 15 máy tính để đạt mức vàng"));
            Assert.That(c7.GapTo(Rating.Green)!.Missing, Is.EqualTo(21m));
            Assert.That(c7.GapTo(Rating.Green)!.Action.Vi, Is.EqualTo("Cập nhật phần mềm diệt virus cho thêm 21 máy tính để đạt mức xanh"));
            Assert.That(c7.GapTo(Rating.Green)!.Action.En, Is.EqualTo("Update antivirus on 21 more computers to reach green"));
        }
    }

    [Test]
    public void OnlineDossiers1117_IsGreenUnderTheCommuneThreshold_WithResolvedAndInProgressBeside()
    {
        var c2 = Criterion(_score, "C2");

        Assert.That(c2.Rating, Is.EqualTo(Rating.Green));
        Assert.That(c2.Reason.Vi, Is.EqualTo("1.117 hồ sơ, đạt ngưỡng xanh ≥ 300 hồ sơ (giá trị bằng ngưỡng được xếp vào mức cao hơn). "
            + "Xã nông thôn và đặc khu có ít dân hơn nên tiếp nhận ít hồ sơ hơn phường đô thị."));
        Assert.That(c2.Context.Select(v => v.Number), Is.EqualTo(new decimal?[] { 822m, 295m }));
    }

    [TestCase("C8", "20/20 cán bộ (100 %), đạt ngưỡng xanh ≥ 100 % (giá trị bằng ngưỡng được xếp vào mức cao hơn).")]
    [TestCase("C3", "20/20 cán bộ (100 %), đạt ngưỡng xanh ≥ 100 % (giá trị bằng ngưỡng được xếp vào mức cao hơn).")]
    public void FullSigningAndTraining_AreGreen(string code, string reasonVi)
    {
        var result = Criterion(_score, code);

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
        Assert.That(result.Reason.Vi, Is.EqualTo(reasonVi));
    }

    [Test]
    public void Overall_IsRedBecauseCriticalAntivirusIsRed()
    {
        Assert.That(_score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(_score.Reason.Vi, Is.EqualTo("Đỏ: có tiêu chí trọng yếu ở mức đỏ (C7)."));
        Assert.That(_score.Reason.En, Is.EqualTo("Red: a critical criterion is red (C7)."));
    }

    [Test]
    public void UnreportedTasks_AreNoDataNotRed()
    {
        Assert.That(Criterion(_score, "S1").Outcome, Is.EqualTo(Outcome.NoData));
        Assert.That(Criterion(_score, "S1").Reason.Vi, Is.EqualTo("Chưa có dữ liệu cho kỳ báo cáo tháng 7/2025."));
    }

    [Test]
    public void PathToGreen_FixesAntivirusAndReportsTheUnreportedCriticalCriteria()
    {
        Assert.That(_score.PathToGreen.Select(s => s.CriterionCode), Is.EqualTo(new[] { "C1", "C7", "S3", "S10" }));
        Assert.That(_score.PathToGreen.Single(s => s.CriterionCode == "C7").Gap.Missing, Is.EqualTo(21m));
        Assert.That(_score.PathToGreen.Single(s => s.CriterionCode == "C1").Gap.Action.En,
            Is.EqualTo("Report this period's data so that the criterion can be rated green."));
    }

    [Test]
    public void WithAntivirusOn38Machines_TheCommuneIsNoLongerRed()
    {
        var fixedUp = _chiMinh with { Values = [.. _chiMinh.Values.Where(v => v.IndicatorCode != "AV_UPDATED_MACHINES"), IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 38, 40)] };

        var score = Score(_rules, fixedUp);

        Assert.That(Criterion(score, "C7").Rating, Is.EqualTo(Rating.Green));
        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow), "critical C1, S3 and S10 have no data yet, so green is out of reach");
    }
}
