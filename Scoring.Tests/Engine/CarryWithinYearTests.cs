using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// carryForward with "withinYear": a value is carried only from earlier months of the same calendar year (a "trained
/// this year" count must not carry from December into January). TestData/Rules/minimal.json: AV is carried 2 periods,
/// green ≥ 95 %, yellow ≥ 80 %.
/// </summary>
public class CarryWithinYearTests
{
    private static RuleSet Rules(bool withinYear) => TestRules.Minimal(r =>
    {
        if (withinYear)
        {
            r["criteria"]![0]!["missing"]!["withinYear"] = true;
        }
    });

    private static IndicatorValue Machines(int year, int month, decimal part) =>
        IndicatorValue.Ratio("AV_MACHINES", new Period(year, month), part, 40);

    [Test]
    public void December_IsNotCarriedIntoJanuary_AndTheSentenceSaysWhy()
    {
        var january = new Period(2026, 1);

        var within = Criterion(Score(Rules(true), Ward(Machines(2025, 12, 39)), january, january.LastDay), "AV");
        var plain = Criterion(Score(Rules(false), Ward(Machines(2025, 12, 39)), january, january.LastDay), "AV");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((within.Outcome, within.Value is null), Is.EqualTo((Outcome.NoData, true)));
            Assert.That(within.Reason.Vi, Does.EndWith("Giá trị của năm 2025 không được mang sang năm 2026 (chỉ tiêu tính trong năm)."));
            Assert.That(within.Reason.En, Does.EndWith("Values of 2025 are not carried into 2026 (the indicator counts within the calendar year)."));
            Assert.That((plain.Rating, plain.IsStale), Is.EqualTo(((Rating?)Rating.Green, true)), "without withinYear December is carried as before");
        }
    }

    [Test]
    public void WithinTheYear_CarriesAsBefore()
    {
        var march = new Period(2026, 3);

        var result = Criterion(Score(Rules(true), Ward(Machines(2026, 1, 39)), march, march.LastDay), "AV");

        Assert.That((result.Rating, result.IsStale, result.Value!.Period), Is.EqualTo(((Rating?)Rating.Green, true, new Period(2026, 1))));
    }

    [Test]
    public void February_CarriesJanuaryButNotDecember()
    {
        var february = new Period(2026, 2);

        var fromJanuary = Criterion(Score(Rules(true), Ward(Machines(2025, 12, 39), Machines(2026, 1, 20)), february, february.LastDay), "AV");
        var fromDecember = Criterion(Score(Rules(true), Ward(Machines(2025, 12, 39)), february, february.LastDay), "AV");

        Assert.That((fromJanuary.Rating, fromJanuary.Value!.Period), Is.EqualTo(((Rating?)Rating.Red, new Period(2026, 1))));
        Assert.That(fromDecember.Outcome, Is.EqualTo(Outcome.NoData));
    }

    [Test]
    public void Read_WithinYearWithoutCarryForward_IsAnError()
    {
        var result = TestRules.ReadEdited(r => r["criteria"]![1]!["missing"]!["withinYear"] = true);

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EqualTo(new[] { ("$.criteria[1].missing.withinYear", "missing.withinYear") }));
    }
}
