using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// A ratio reported as a percentage without a count ("100%" for computers with antivirus): rated on the percentage, the
/// minimum denominator not applicable (never insufficient data), amounts in percentage points, no count invented.
/// TestData/Rules/percentage-ratio.json: AV on AV_MACHINES, higher is better, green ≥ 95 %, yellow ≥ 80 %, minDenominator 5,
/// inclusive. Hand-computed.
/// </summary>
public class PercentageOnlyRatioTests
{
    private static readonly RuleSet _rules = TestRules.Fixture("percentage-ratio.json");

    private static IndicatorValue PercentOnly(decimal percent, Period? period = null) => new("AV_MACHINES", period ?? July2025, Number: percent);

    private static CriterionResult Av(params IndicatorValue[] values) => Criterion(Score(_rules, Ward(values)), "AV");

    [Test]
    public void GoldenCases_Pass()
    {
        GoldenCaseAssert.AllPass(_rules, 6);
    }

    [Test]
    public void OneHundredPercent_IsGreen_WithTheNoteInsteadOfInsufficientData()
    {
        var result = Av(PercentOnly(100));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.Outcome, result.Rating), Is.EqualTo((Outcome.Rated, (Rating?)Rating.Green)));
            Assert.That(result.Value!.Text.Vi, Is.EqualTo("100% (báo cáo không kèm số lượng)"));
            Assert.That(result.Value.Text.En, Is.EqualTo("100% (reported without a count)"));
            Assert.That(result.Value.Percent, Is.EqualTo(100m));
            Assert.That(result.Value.Reported.Whole, Is.Null, "no count is invented");
            Assert.That(result.Reason.Vi, Is.EqualTo("Xanh: 100% (báo cáo không kèm số lượng) đạt ≥ 95%. Mẫu số tối thiểu: không áp dụng, báo cáo không có số lượng."));
            Assert.That(result.Reason.En, Is.EqualTo("Green: 100% (reported without a count) meets ≥ 95%. Minimum denominator: not applicable, no count reported."));
            Assert.That(result.Gaps, Is.Empty);
            Assert.That(result.Effort, Is.Zero);
        }
    }

    [Test]
    public void EightyFivePercent_IsYellow_TenPercentagePointsShortOfGreen()
    {
        // 85 ≥ 80 (yellow), < 95 (green): 95 − 85 = 10 points, not machines.
        var result = Av(PercentOnly(85));
        var gap = result.Gaps.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Rating, Is.EqualTo(Rating.Yellow));
            Assert.That((gap.Target, gap.Missing), Is.EqualTo((Rating.Green, (decimal?)10m)));
            Assert.That(gap.Unit, Is.EqualTo(new LocalizedText("điểm phần trăm", "percentage points")));
            Assert.That(gap.Action.En, Is.EqualTo("Update antivirus on 10 more percentage points to reach green"));
            Assert.That(result.Effort, Is.EqualTo(10m / 95m));
        }
    }

    [Test]
    public void SeventyPointFivePercent_IsRed_WithGapsInPoints()
    {
        // 70.5 < 80: 9.5 points to yellow, 24.5 to green.
        var result = Av(PercentOnly(70.5m));

        Assert.That(result.Rating, Is.EqualTo(Rating.Red));
        Assert.That(result.Gaps.Select(g => (g.Target, g.Missing)), Is.EqualTo(new[] { (Rating.Yellow, (decimal?)9.5m), (Rating.Green, (decimal?)24.5m) }));
    }

    [Test]
    public void OnTheCut_IsExact()
    {
        // 95 on an inclusive 95 cut is green; 94.99 is not.
        Assert.That(Av(PercentOnly(95m)).Rating, Is.EqualTo(Rating.Green));
        Assert.That(Av(PercentOnly(94.99m)).Rating, Is.EqualTo(Rating.Yellow));
        Assert.That(Av(PercentOnly(80m)).Rating, Is.EqualTo(Rating.Yellow));
        Assert.That(Av(PercentOnly(79.999999999999999m)).Rating, Is.EqualTo(Rating.Red));
    }

    [Test]
    public void ZeroPercent_IsRed_NotInsufficientData()
    {
        var result = Av(PercentOnly(0));

        Assert.That((result.Outcome, result.Rating), Is.EqualTo((Outcome.Rated, (Rating?)Rating.Red)));
    }

    [Test]
    public void AboveOneHundred_IsLeftOut_AsIfNotReported()
    {
        // AV carries forward; with nothing earlier there is no data.
        Assert.That(Av(PercentOnly(100.5m)).Outcome, Is.EqualTo(Outcome.NoData));
    }

    [Test]
    public void CarriedForward_StaysAPercentage_AndIsStale()
    {
        var result = Av(PercentOnly(85, new Period(2025, 6)));

        Assert.That((result.Rating, result.Value!.IsStale), Is.EqualTo(((Rating?)Rating.Yellow, true)));
        Assert.That(result.Reason.En, Does.Contain("Minimum denominator: not applicable, no count reported."));
    }

    [Test]
    public void WithoutAMinimumDenominator_NoNote()
    {
        var rules = TestRules.Minimal(n => n["criteria"]![0]!.AsObject().Remove("minDenominator"));
        var result = Criterion(Score(rules, Ward(PercentOnly(100))), "AV");

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
        Assert.That(result.Reason.En, Is.EqualTo("Green: 100% (reported without a count) meets ≥ 95%."));
    }

    [Test]
    public void PartAndWhole_AreStillRatedInMachines_AndTheMinimumDenominatorApplies()
    {
        var machines = Av(IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40));
        var tooFew = Av(IndicatorValue.Ratio("AV_MACHINES", July2025, 2, 3));

        Assert.That(machines.Gaps.Select(g => (g.Missing, g.Unit!.En)), Is.EqualTo(new[] { ((decimal?)15m, "computers"), ((decimal?)21m, "computers") }));
        Assert.That(machines.Reason.En, Does.Not.Contain("Minimum denominator"));
        Assert.That(tooFew.Outcome, Is.EqualTo(Outcome.InsufficientData));
    }

    [Test]
    public void Points_AreEarnedOnThePercentage()
    {
        // 85 / 95 × 10 = 8.947… → 8.95.
        var rules = TestRules.Minimal(n =>
        {
            n["aggregation"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "method": "points", "points": { "totalPoints": 60, "bands": { "green": 50, "yellow": 40 } } }""");
            foreach (var criterion in n["criteria"]!.AsArray())
            {
                criterion!["points"] = new System.Text.Json.Nodes.JsonObject { ["maxPoints"] = 10 };
            }
        });
        var result = Criterion(Score(rules, Ward(PercentOnly(85))), "AV");

        Assert.That(result.Points, Is.EqualTo(8.95m));
    }
}
