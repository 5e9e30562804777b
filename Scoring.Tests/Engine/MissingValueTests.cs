using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

public class MissingValueTests
{
    private static readonly RuleSet _rules = TestRules.Minimal();

    [Test]
    public void Score_NoDataStrategy_IsGreyAndExcluded()
    {
        var result = Criterion(Score(_rules, Ward()), "ERESULT");

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NoData));
        Assert.That(result.Rating, Is.Null);
        Assert.That(result.Reason.Vi, Is.EqualTo("Chưa có dữ liệu tháng 7/2025."));
    }

    [Test]
    public void Score_RedStrategy_MissingValueIsRedWithProvideDataAction()
    {
        var result = Criterion(Score(_rules, Ward()), "DOSSIERS");

        Assert.That(result.Rating, Is.EqualTo(Rating.Red));
        Assert.That(result.Reason.En, Is.EqualTo("Not reported for July 2025."));
        Assert.That(result.GapTo(Rating.Green)!.Action.En, Is.EqualTo("Report data at green."));
    }

    [Test]
    public void Score_CarryForwardWithinLimit_UsesEarlierValueAndFlagsStale()
    {
        var june = IndicatorValue.Ratio("AV_MACHINES", new Period(2025, 5), 39, 40);

        var result = Criterion(Score(_rules, Ward(june)), "AV");

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
        Assert.That(result.IsStale, Is.True);
        Assert.That(result.Value!.Period, Is.EqualTo(new Period(2025, 5)));
        Assert.That(result.Reason.En, Does.EndWith("(Stale, May 2025.)"));
    }

    [Test]
    public void Score_CarryForwardBeyondLimit_IsNoData()
    {
        var april = IndicatorValue.Ratio("AV_MACHINES", new Period(2025, 4), 39, 40);

        var result = Criterion(Score(_rules, Ward(april)), "AV");

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NoData));
    }

    [Test]
    public void Score_CurrentValuePresent_WinsOverEarlierAndIsNotStale()
    {
        var result = Criterion(Score(_rules, Ward(
            IndicatorValue.Ratio("AV_MACHINES", new Period(2025, 6), 40, 40),
            IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40))), "AV");

        Assert.That(result.Rating, Is.EqualTo(Rating.Red));
        Assert.That(result.IsStale, Is.False);
    }

    [TestCase(3, 4)]
    [TestCase(0, 0)]
    public void Score_WholeBelowMinimumDenominator_IsInsufficientDataNotRed(int part, int whole)
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, part, whole))), "AV");

        Assert.That(result.Outcome, Is.EqualTo(Outcome.InsufficientData));
        Assert.That(result.Rating, Is.Null);
        Assert.That(result.Reason.En, Is.EqualTo($"Only {whole} computers, needs 5."));
    }

    [Test]
    public void Score_WholeAtMinimumDenominator_IsRated()
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, 5, 5))), "AV");

        Assert.That(result.Rating, Is.EqualTo(Rating.Green));
    }

    [Test]
    public void Score_PartGreaterThanWhole_IsTreatedAsNotReported()
    {
        var result = Criterion(Score(_rules, Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, 40, 17))), "AV");

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NoData));
    }
}
