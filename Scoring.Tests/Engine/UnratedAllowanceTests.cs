using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// criticalShare's unratedAllowance on the minimal rules (6 criteria, critical AV, K = 2, P = 75 %): criteria without a
/// colour beyond the allowance count as not green, so a unit that reports less is never greener. Hand-computed.
/// </summary>
public class UnratedAllowanceTests
{
    private static RuleSet Rules(int? allowance) => TestRules.Minimal(n =>
    {
        if (allowance is { } a)
        {
            n["aggregation"]!["criticalShare"]!["unratedAllowance"] = a;
        }
    });

    /// <summary>AV, DOSSIERS, MIGRATE green, LATE and ERESULT yellow, IOC green: 4 of 6 green.</summary>
    private static IndicatorValue[] Reported() =>
    [
        IndicatorValue.Ratio("AV_MACHINES", July2025, 40, 40),
        IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 700),
        IndicatorValue.Percentage("E_RESULTS", July2025, 80),
        IndicatorValue.Count("OVERDUE", July2025, 3),
        IndicatorValue.YesNo("IOC", July2025, true),
        IndicatorValue.TaskState("DATA_MIGRATION", July2025, TaskProgress.Done, new DateOnly(2025, 7, 1)),
    ];

    /// <summary>The same unit leaving out its two yellow criteria.</summary>
    private static IndicatorValue[] LeavingOutTheYellows() =>
        Reported().Where(v => v.IndicatorCode is not ("E_RESULTS" or "OVERDUE")).ToArray();

    [Test]
    public void WithoutTheOption_LeavingOutTheYellows_MakesGreen_AsBefore()
    {
        var all = Scorer.Score(Rules(null), Ward(Reported()), July2025, July2025.LastDay);
        var fewer = Scorer.Score(Rules(null), Ward(LeavingOutTheYellows()), July2025, July2025.LastDay);

        Assert.That((all.Overall, all.Score, fewer.Overall, fewer.Score), Is.EqualTo((Rating.Yellow, 66.67m, Rating.Green, 100m)),
            "the weakness the option exists for: 4/6 yellow, but 4/4 green by reporting less");
    }

    [Test]
    public void AllowanceZero_LeavingOutTheYellows_IsNotGreener()
    {
        var all = Scorer.Score(Rules(0), Ward(Reported()), July2025, July2025.LastDay);
        var fewer = Scorer.Score(Rules(0), Ward(LeavingOutTheYellows()), July2025, July2025.LastDay);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((all.Overall, all.Score), Is.EqualTo((Rating.Yellow, 66.67m)));
            Assert.That((fewer.Overall, fewer.Score), Is.EqualTo((Rating.Yellow, 66.67m)), "4 green of 4 rated + 2 without a colour");
            Assert.That(fewer.Reason.Vi, Is.EqualTo(
                "Vàng: 4/6 xanh (66,67%, cần 75%); trọng yếu chưa xanh: không có. Không có màu: ERESULT, LATE (2 tiêu chí); được miễn 0, 2 tiêu chí tính là chưa xanh."));
            Assert.That(fewer.Reason.En, Does.EndWith("Without a colour: ERESULT, LATE (2 criteria); 0 allowed, 2 counted as not green."));
        }
    }

    [Test]
    public void AllowanceOne_OneBeyondCounts()
    {
        var fewer = Scorer.Score(Rules(1), Ward(LeavingOutTheYellows()), July2025, July2025.LastDay);

        Assert.That((fewer.Overall, fewer.Score), Is.EqualTo((Rating.Green, 80m)), "4 green of 4 rated + (2 − 1) = 5");
        Assert.That(fewer.Reason.En, Is.EqualTo("Green: 4/5 green (80%). Without a colour: ERESULT, LATE (2 criteria); 1 allowed, 1 counted as not green."));
    }

    [Test]
    public void WithinTheAllowance_TheyAreLeftOut_AndTheExplanationSaysSo()
    {
        var fewer = Scorer.Score(Rules(2), Ward(LeavingOutTheYellows()), July2025, July2025.LastDay);

        Assert.That((fewer.Overall, fewer.Score), Is.EqualTo((Rating.Green, 100m)));
        Assert.That(fewer.Reason.En, Does.EndWith("Without a colour: ERESULT, LATE (2 criteria), within the allowance of 2: left out of the share."));
    }

    [Test]
    public void PathToGreen_CanBeReportingAMissingCriterionAtGreen()
    {
        var fewer = Scorer.Score(Rules(0), Ward(LeavingOutTheYellows()), July2025, July2025.LastDay);

        // 4 green of 6: one more green makes 5/6 = 83 % ≥ 75 %; no rated criterion is below green, so the step is
        // reporting the first criterion without a colour, at green.
        Assert.That(fewer.PathToGreen.Select(s => (s.CriterionCode, s.Gap.Action.En)), Is.EqualTo(new[] { ("ERESULT", "Report data at green.") }));
    }

    [Test]
    public void ACriticalCriterionWithoutAColour_StillBlocksGreen()
    {
        var values = Reported().Where(v => v.IndicatorCode != "AV_MACHINES").Select(v => v.IndicatorCode is "E_RESULTS" ? IndicatorValue.Percentage("E_RESULTS", July2025, 95) : v)
            .Where(v => v.IndicatorCode != "OVERDUE").ToArray();

        var score = Scorer.Score(Rules(5), Ward(values), July2025, July2025.LastDay);

        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
    }

    [Test]
    public void ACriterionNotInForce_IsNotACriterionWithoutAColour()
    {
        // ERESULT retired after July 2025: in August it is out of everything, not "without a colour".
        var rules = TestRules.Minimal(n =>
        {
            n["aggregation"]!["criticalShare"]!["unratedAllowance"] = 0;
            n["criteria"]![2]!["effectiveTo"] = "2025-07";
        });
        var august = new Period(2025, 8);
        var values = Reported().Where(v => v.IndicatorCode is not ("E_RESULTS" or "OVERDUE"))
            .Select(v => v with { Period = august }).Append(IndicatorValue.Count("OVERDUE", august, 0)).ToArray();

        var score = Scorer.Score(rules, Ward(values), august, august.LastDay);

        Assert.That(Criterion(score, "ERESULT").Outcome, Is.EqualTo(Outcome.NotInForce));
        Assert.That((score.Overall, score.Score), Is.EqualTo((Rating.Green, 100m)), "5 green of 5 in force");
        Assert.That(score.Reason.En, Does.Not.Contain("Without a colour"));
    }

    [TestCase(-1)]
    public void NegativeAllowance_IsAValidationErrorWithItsPath(int allowance)
    {
        var result = TestRules.ReadEdited(n => n["aggregation"]!["criticalShare"]!["unratedAllowance"] = allowance);

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Does.Contain(("$.aggregation.criticalShare.unratedAllowance", "number.negative")));
        Assert.That(result.Errors.Single(e => e.Code == "number.negative").MessageVi, Is.EqualTo("Giá trị -1 không được âm."));
    }

    [Test]
    public void GoldenCases_InARuleFileWithTheOption_Pass()
    {
        var rules = TestRules.Valid(File.ReadAllText(TestRules.Path("Rules", "unrated-allowance.json")));

        var results = GoldenCaseRunner.Run(rules);

        Assert.That(rules.Cases, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(results.Where(r => !r.Passed).Select(r => r.Name), Is.Empty);
    }
}
