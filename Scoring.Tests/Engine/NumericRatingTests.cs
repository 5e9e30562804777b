using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

public class NumericRatingTests
{
    private static readonly RuleSet _rules = TestRules.Minimal();

    [Test]
    public void Score_AntivirusSeventeenOfForty_IsRedWithGapsInMachines()
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40))), "AV");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Rating, Is.EqualTo(Rating.Red));
            Assert.That(result.Value!.Percent, Is.EqualTo(42.5m));
            Assert.That(result.Value.Text.Vi, Is.EqualTo("17/40 máy tính (42,5%)"));
            Assert.That(result.Value.Text.En, Is.EqualTo("17/40 computers (42.5%)"));
            Assert.That(result.Gaps.Select(g => (g.Target, g.Missing)), Is.EqualTo(new[] { (Rating.Yellow, (decimal?)15m), (Rating.Green, (decimal?)21m) }));
            Assert.That(result.GapTo(Rating.Green)!.Action.Vi, Is.EqualTo("Cập nhật diệt virus cho thêm 21 máy tính để đạt mức xanh"));
            Assert.That(result.GapTo(Rating.Green)!.Action.En, Is.EqualTo("Update antivirus on 21 more computers to reach green"));
            Assert.That(result.Reason.Vi, Is.EqualTo("Đỏ: 17/40 máy tính (42,5%) chưa đạt ≥ 80% (bằng ngưỡng là đạt)."));
            Assert.That(result.Threshold.GreenText!.En, Is.EqualTo("≥ 95%"));
        }
    }

    [TestCase(38, 40, Rating.Green, TestName = "Ratio exactly at green cut (95 %) is green")]
    [TestCase(37, 40, Rating.Yellow, TestName = "Ratio just below green cut (92.5 %) is yellow")]
    [TestCase(39, 40, Rating.Green, TestName = "Ratio just above green cut is green")]
    [TestCase(32, 40, Rating.Yellow, TestName = "Ratio exactly at yellow cut (80 %) is yellow")]
    [TestCase(31, 40, Rating.Red, TestName = "Ratio just below yellow cut is red")]
    [TestCase(19, 20, Rating.Green, TestName = "Ratio 19/20 is exactly 95 % and green")]
    public void Score_RatioAtAndAroundCuts_Inclusive(int part, int whole, Rating expected)
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, part, whole))), "AV");

        Assert.That(result.Rating, Is.EqualTo(expected));
    }

    [TestCase(38, 40, Rating.Yellow, 1)]
    [TestCase(32, 40, Rating.Red, 1)]
    [TestCase(33, 40, Rating.Yellow, 6)]
    public void Score_RatioAtCutWithExclusiveBoundary_NeedsToPassTheCut(int part, int whole, Rating expected, int missingForNext)
    {
        var rules = TestRules.Minimal(n => n["boundary"] = "exclusive");

        var result = Criterion(Score(rules, Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, part, whole))), "AV");

        Assert.That(result.Rating, Is.EqualTo(expected));
        Assert.That(result.Gaps[0].Missing, Is.EqualTo((decimal)missingForNext));
    }

    [TestCase(600, Rating.Green, new int[0])]
    [TestCase(601, Rating.Green, new int[0])]
    [TestCase(599, Rating.Yellow, new[] { 1 })]
    [TestCase(300, Rating.Yellow, new[] { 300 })]
    [TestCase(299, Rating.Red, new[] { 1, 301 })]
    [TestCase(0, Rating.Red, new[] { 300, 600 })]
    public void Score_CountAgainstTarget_RatesAndStatesGapInDossiers(int dossiers, Rating expected, int[] gaps)
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Count("ONLINE_DOSSIERS", July2025, dossiers))), "DOSSIERS");

        Assert.That(result.Rating, Is.EqualTo(expected));
        Assert.That(result.Gaps.Select(g => g.Missing), Is.EqualTo(gaps.Select(g => (decimal?)g)));
        Assert.That(result.Gaps.All(g => g.Unit!.En == "dossiers"), Is.True);
    }

    [TestCase("90", Rating.Green, null)]
    [TestCase("89.99", Rating.Yellow, "0.01")]
    [TestCase("70", Rating.Yellow, "20")]
    [TestCase("69.5", Rating.Red, "0.5")]
    public void Score_PercentageAtAndAroundCuts_GapInPercentagePoints(string value, Rating expected, string? firstGap)
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Percentage("E_RESULTS", July2025, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)))), "ERESULT");

        Assert.That(result.Rating, Is.EqualTo(expected));
        Assert.That(result.Gaps.FirstOrDefault()?.Missing, Is.EqualTo(firstGap is null ? null : decimal.Parse(firstGap, System.Globalization.CultureInfo.InvariantCulture)));
        if (firstGap is not null)
        {
            Assert.That(result.Gaps[0].Unit!.Vi, Is.EqualTo("điểm phần trăm"));
        }
    }

    [TestCase(0, Rating.Green, new int[0])]
    [TestCase(1, Rating.Yellow, new[] { 1 })]
    [TestCase(5, Rating.Yellow, new[] { 5 })]
    [TestCase(6, Rating.Red, new[] { 1, 6 })]
    public void Score_LowerIsBetterCount_GapSaysHowManyFewer(int overdue, Rating expected, int[] gaps)
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Count("OVERDUE", July2025, overdue))), "LATE");

        Assert.That(result.Rating, Is.EqualTo(expected));
        Assert.That(result.Gaps.Select(g => g.Missing), Is.EqualTo(gaps.Select(g => (decimal?)g)));
        if (gaps.Length > 0)
        {
            Assert.That(result.Gaps[^1].Action.En, Is.EqualTo($"{gaps[^1]} fewer {(gaps[^1] == 1 ? "dossier" : "dossiers")} for green."));
        }
    }

    [Test]
    public void Score_OneUnitShort_SaysItInTheSingularInEnglish()
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 599))), "DOSSIERS");

        Assert.That(result.GapTo(Rating.Green)!.Action.En, Is.EqualTo("1 more dossier for green."));
        Assert.That(result.GapTo(Rating.Green)!.Action.Vi, Is.EqualTo("Thêm 1 hồ sơ để đạt mức xanh."));
    }

    [Test]
    public void Score_LargeCount_FormatsThousandsPerLanguage()
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 1117))), "DOSSIERS");

        Assert.That(result.Value!.Text.Vi, Is.EqualTo("1.117 hồ sơ"));
        Assert.That(result.Value.Text.En, Is.EqualTo("1,117 dossiers"));
    }
}
