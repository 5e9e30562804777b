using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// Year-to-date and rolling-12 sums (TestData/Rules/accumulate.json: TRAINED_YTD = TRAINED_MONTHLY summed from January,
/// green ≥ 100, yellow ≥ 50 staff; ON_TIME_12M = ON_TIME_MONTHLY parts and wholes summed over 12 months, green ≥ 95 %,
/// yellow ≥ 80 %, minimum denominator 20). Hand-computed.
/// </summary>
public class AccumulateIndicatorTests
{
    private static readonly RuleSet _rules = TestRules.Fixture("accumulate.json");

    private static CriterionResult Rated(string code, Period period, params IndicatorValue[] values) =>
        Criterion(Scorer.Score(_rules, Ward(values), period, period.LastDay), code);

    private static IndicatorValue Trained(int year, int month, decimal count) => IndicatorValue.Count("TRAINED_MONTHLY", new Period(year, month), count);

    private static IndicatorValue OnTime(int year, int month, decimal part, decimal whole) =>
        IndicatorValue.Ratio("ON_TIME_MONTHLY", new Period(year, month), part, whole);

    [Test]
    public void GoldenCases_Pass()
    {
        GoldenCaseAssert.AllPass(_rules, 5);
    }

    [Test]
    public void YearToDate_SumsTheMonthsReported_AndNamesThoseMissing()
    {
        // 20 + 20 + 20 + 20 + 20 = 100 from January, February, March, May and July; April and June count as 0.
        var result = Rated("TRAIN", July2025, Trained(2025, 1, 20), Trained(2025, 2, 20), Trained(2025, 3, 20), Trained(2025, 5, 20), Trained(2025, 7, 20));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.Rating, result.Value!.Reported.Number, result.Value.IsStale), Is.EqualTo(((Rating?)Rating.Green, (decimal?)100m, false)));
            Assert.That(result.Reason.Vi, Does.EndWith("Cộng dồn từ tháng 1 đến tháng 7/2025: 5 tháng có báo cáo (1, 2, 3, 5, 7); thiếu tháng 4, 6, tính là 0."));
            Assert.That(result.Reason.En, Does.EndWith("Year to date, January–July 2025: 5 months reported (1, 2, 3, 5, 7); missing 4, 6, counted as 0."));
        }
    }

    [Test]
    public void YearToDate_RestartsInJanuary()
    {
        // 10 a month through 2025: December is the whole year, 120; January 2026 is January 2026 alone, 7.
        var year = Enumerable.Range(1, 12).Select(m => Trained(2025, m, 10)).Append(Trained(2026, 1, 7)).ToArray();

        var december = Rated("TRAIN", new Period(2025, 12), year);
        var january = Rated("TRAIN", new Period(2026, 1), year);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((december.Value!.Reported.Number, december.Rating), Is.EqualTo(((decimal?)120m, (Rating?)Rating.Green)));
            Assert.That(december.Reason.En, Does.EndWith("Year to date, January–December 2025: 12 months reported (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)."));
            Assert.That((january.Value!.Reported.Number, january.Rating), Is.EqualTo(((decimal?)7m, (Rating?)Rating.Red)));
            Assert.That(january.Gaps.Select(g => g.Missing), Is.EqualTo(new decimal?[] { 43m, 93m }), "50 − 7 to yellow, 100 − 7 to green");
            Assert.That(january.Reason.Vi, Does.EndWith("Cộng dồn tháng 1/2026: 1 tháng có báo cáo (1)."));
            Assert.That(january.Reason.En, Does.EndWith("Year to date, January 2026: 1 month reported (1)."));
        }
    }

    [Test]
    public void YearToDate_AMonthWithoutAReport_StillSumsTheEarlierMonths()
    {
        // Nothing at all reported for December: January–November still add up, 30 + 40 = 70, yellow.
        var result = Rated("TRAIN", new Period(2025, 12), Trained(2025, 3, 30), Trained(2025, 11, 40));

        Assert.That((result.Value!.Reported.Number, result.Value.Period, result.Rating), Is.EqualTo(((decimal?)70m, new Period(2025, 12), (Rating?)Rating.Yellow)));
    }

    [Test]
    public void YearToDate_NoMonthReported_IsNoData() =>
        Assert.That(Rated("TRAIN", new Period(2025, 3), Trained(2024, 12, 200)).Outcome, Is.EqualTo(Outcome.NoData), "December 2024 is last year");

    [Test]
    public void Rolling12_SumsPartsAndWholes_OverTheTwelveMonthsEndingAtThePeriod()
    {
        // July 2024 is outside (August 2024–July 2025): 90 + 95 + 100 of 100 + 100 + 100 = 285/300 = 95 %, green.
        // With July 2024's 0/100 it would be 285/400 = 71.25 %, red; averaging the three monthly percentages would hide the wholes.
        var result = Rated("ONTIME", July2025, OnTime(2024, 7, 0, 100), OnTime(2024, 8, 90, 100), OnTime(2025, 1, 95, 100), OnTime(2025, 7, 100, 100));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.Value!.Reported.Number, result.Value.Reported.Whole, result.Value.Percent), Is.EqualTo(((decimal?)285m, (decimal?)300m, (decimal?)95m)));
            Assert.That(result.Rating, Is.EqualTo(Rating.Green));
            Assert.That(result.Reason.Vi, Does.EndWith(
                "Cộng dồn 12 tháng từ tháng 8/2024 đến tháng 7/2025: 3 tháng có báo cáo (8/2024, 1/2025, 7/2025); thiếu tháng 9/2024, 10/2024, 11/2024, 12/2024, 2/2025, 3/2025, 4/2025, 5/2025, 6/2025, tính là 0."));
            Assert.That(result.Reason.En, Does.EndWith(
                "12 months, August 2024–July 2025: 3 months reported (8/2024, 1/2025, 7/2025); missing 9/2024, 10/2024, 11/2024, 12/2024, 2/2025, 3/2025, 4/2025, 5/2025, 6/2025, counted as 0."));
        }
    }

    [Test]
    public void Rolling12_AMonthReportedAsAPercentageOnly_IsLeftOutOfTheSum_AndNamedMissing()
    {
        // January's "100%" has no part or whole to add: 90 + 100 of 100 + 100 = 190/200 = 95 %, green; no count invented.
        var result = Rated("ONTIME", July2025, OnTime(2024, 8, 90, 100), new IndicatorValue("ON_TIME_MONTHLY", new Period(2025, 1), Number: 100m), OnTime(2025, 7, 100, 100));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((result.Value!.Reported.Number, result.Value.Reported.Whole), Is.EqualTo(((decimal?)190m, (decimal?)200m)));
            Assert.That(result.Rating, Is.EqualTo(Rating.Green));
            Assert.That(result.Reason.En, Does.EndWith(
                "12 months, August 2024–July 2025: 2 months reported (8/2024, 7/2025); missing 9/2024, 10/2024, 11/2024, 12/2024, 1/2025, 2/2025, 3/2025, 4/2025, 5/2025, 6/2025, counted as 0."));
        }
    }

    [Test]
    public void Rolling12_WeighsMonthsByTheirWholes()
    {
        // 10/10 in June and 70/100 in July: 80/110 = 72.73 %, red (the mean of 100 % and 70 % would be 85 %, yellow).
        var result = Rated("ONTIME", July2025, OnTime(2025, 6, 10, 10), OnTime(2025, 7, 70, 100));

        Assert.That((result.Value!.Percent, result.Rating), Is.EqualTo(((decimal?)72.73m, (Rating?)Rating.Red)));
    }

    [Test]
    public void AValueReportedForTheAccumulationItself_IsNotUsed() =>
        Assert.That(Rated("TRAIN", July2025, IndicatorValue.Count("TRAINED_YTD", July2025, 500)).Outcome, Is.EqualTo(Outcome.NoData),
            "an accumulation is only ever summed from its monthly source");

    [Test]
    public void LookBack_IsElevenMonthsMore_OnlyForRuleSetsThatAccumulate()
    {
        var share = TestRules.Fixture("share.json");

        Assert.That((_rules.LookBack, share.LookBack, DashboardKpi.Scoring.Engine.ShippedRules.Read().RuleSet!.LookBack), Is.EqualTo((11, 2, 36)), "the shipped rules hold task states and yes/no answers for up to 36 months");
    }

    [TestCase("unknownOf", "indicator.unknown", "$.indicators[1].accumulate.of")]
    [TestCase("missingOf", "required", "$.indicators[1].accumulate.of")]
    [TestCase("badOver", "enum.invalid", "$.indicators[1].accumulate.over")]
    [TestCase("ofAccumulated", "accumulate.source", "$.indicators[3].accumulate.of")]
    [TestCase("kindMismatch", "accumulate.kindMismatch", "$.indicators[1].accumulate.of")]
    [TestCase("withShare", "accumulate.withShare", "$.indicators[3].accumulate")]
    [TestCase("shareOfAccumulated", "share.notCount", "$.indicators[3].share.part")]
    public void ABrokenAccumulation_IsAValidationErrorWithItsPath(string breakage, string code, string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(TestRules.Path("Rules", "accumulate.json")))!;
        var (ytd, rolling) = (node["indicators"]![1]!, node["indicators"]![3]!);
        switch (breakage)
        {
            case "unknownOf": ytd["accumulate"]!["of"] = "NO_SUCH"; break;
            case "missingOf": ytd["accumulate"]!.AsObject().Remove("of"); break;
            case "badOver": ytd["accumulate"]!["over"] = "quarterly"; break;
            case "ofAccumulated": rolling["accumulate"]!["of"] = "ON_TIME_12M"; break;
            case "kindMismatch": ytd["accumulate"]!["of"] = "ON_TIME_MONTHLY"; break;
            case "withShare": rolling["share"] = JsonNode.Parse("""{ "part": "TRAINED_MONTHLY", "whole": "TRAINED_MONTHLY" }"""); break;
            case "shareOfAccumulated":
                rolling.AsObject().Remove("accumulate");
                rolling["share"] = JsonNode.Parse("""{ "part": "TRAINED_YTD", "whole": "TRAINED_MONTHLY" }""");
                break;
        }

        RuleErrorAssert.Reported(node, path, code);
    }

    [Test]
    public void Ingest_AValueForTheAccumulationItself_IsQuarantined_AndTheTemplateAsksForTheMonth()
    {
        var communes = new[] { TemplateText.ThuDauMot() };
        var validator = new IndicatorRowValidator(_rules, new CommuneDirectory(communes, []), new DateOnly(2025, 8, 1));

        var row = validator.Validate(new RawRow(2, "25747", "2025-07", "TRAINED_YTD", "120", ""), "upload");
        var text = TemplateText.Of(_rules, communes, July2025);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Reason!.Code, Is.EqualTo("indicator.computedAccumulation"));
            Assert.That(row.Reason.MessageEn, Does.Contain("TRAINED_MONTHLY"));
            Assert.That(text, Does.Contain("[TRAINED_MONTHLY]").And.Contain("[ON_TIME_MONTHLY]"));
            Assert.That(text, Does.Not.Contain("[TRAINED_YTD]").And.Not.Contain("[ON_TIME_12M]"), "the template asks for the months, not the sums");
        }
    }
}
