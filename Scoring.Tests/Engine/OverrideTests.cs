using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

public class OverrideTests
{
    private static readonly RuleSet _rules = TestRules.Minimal();

    [Test]
    public void Score_SameCountForWardAndCommune_CommuneUsesItsOwnThreshold()
    {
        var dossiers = IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 350);

        var ward = Criterion(Score(_rules, Commune(UnitType.Phuong, dossiers)), "DOSSIERS");
        var commune = Criterion(Score(_rules, Commune(UnitType.Xa, dossiers)), "DOSSIERS");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ward.Rating, Is.EqualTo(Rating.Yellow));
            Assert.That(ward.Threshold.Override, Is.Null);
            Assert.That(commune.Rating, Is.EqualTo(Rating.Green));
            Assert.That(commune.Threshold.Threshold.Green, Is.EqualTo(300m));
            Assert.That(commune.Threshold.Override!.Reason!.En, Is.EqualTo("Commune threshold."));
            Assert.That(commune.Reason.En, Does.EndWith("Commune threshold."));
        }
    }

    [Test]
    public void Score_PeriodOverride_AppliesFromItsFirstPeriodOnly()
    {
        var december = Criterion(Score(_rules, Ward(IndicatorValue.Percentage("E_RESULTS", new Period(2025, 12), 92)), new Period(2025, 12)), "ERESULT");
        var january = Criterion(Score(_rules, Ward(IndicatorValue.Percentage("E_RESULTS", new Period(2026, 1), 92)), new Period(2026, 1)), "ERESULT");

        Assert.That(december.Rating, Is.EqualTo(Rating.Green));
        Assert.That(january.Rating, Is.EqualTo(Rating.Yellow));
        Assert.That(january.Threshold.Threshold.Source, Is.EqualTo("2026 target"));
        Assert.That(january.Threshold.Threshold.Yellow, Is.EqualTo(70m), "fields the override leaves out are inherited");
    }

    [Test]
    public void Score_ContextIndicators_AreReportedBesideTheRatedOne()
    {
        var result = Criterion(Score(_rules, Ward(
            IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 1117),
            IndicatorValue.Count("RESOLVED", July2025, 822))), "DOSSIERS");

        Assert.That(result.Context.Select(v => (v.IndicatorCode, v.Number)), Is.EqualTo(new[] { ("RESOLVED", (decimal?)822m) }));
    }
}
