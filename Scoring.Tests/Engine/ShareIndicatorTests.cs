using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// A share of a whole the commune reports (TestData/Rules/share.json: LATE_SHARE = LATE_RESOLVED of RESOLVED, lower is
/// better, green ≤ 2 %, yellow ≤ 5 %, minimum denominator 20), computed from two counts and rated as a ratio. Hand-computed.
/// </summary>
public class ShareIndicatorTests
{
    private static readonly RuleSet _rules = TestRules.Fixture("share.json");

    private static CriterionResult LateShare(params IndicatorValue[] values) =>
        Criterion(Scorer.Score(_rules, Ward(values), July2025, July2025.LastDay), "LATESHARE");

    [Test]
    public void GoldenCases_Pass()
    {
        GoldenCaseAssert.AllPass(_rules, 3);
    }

    [Test]
    public void TwelveLateOfFourHundred_IsYellow_AndTheGapIsInLateDossiers()
    {
        var result = LateShare(IndicatorValue.Count("LATE_RESOLVED", July2025, 12), IndicatorValue.Count("RESOLVED", July2025, 400));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Rating, Is.EqualTo(Rating.Yellow));
            Assert.That(result.Value!.Percent, Is.EqualTo(3m));
            Assert.That(result.Value.Text.Vi, Is.EqualTo("12/400 hồ sơ quá hạn (3%)"));
            Assert.That(result.Gaps.Single().Missing, Is.EqualTo(4m), "at most 8 late of 400 is 2 %");
            Assert.That(result.Gaps.Single().Action.En, Does.Contain("4").And.Contain("late dossiers"));
        }
    }

    [Test]
    public void AWholeBelowTheMinimumDenominator_IsInsufficientData() =>
        Assert.That(LateShare(IndicatorValue.Count("LATE_RESOLVED", July2025, 1), IndicatorValue.Count("RESOLVED", July2025, 10)).Outcome,
            Is.EqualTo(Outcome.InsufficientData));

    [Test]
    public void OnlyOneOfTheTwoCounts_IsNoData() =>
        Assert.That(LateShare(IndicatorValue.Count("LATE_RESOLVED", July2025, 3)).Outcome, Is.EqualTo(Outcome.NoData));

    [Test]
    public void AValueReportedForTheShareItself_IsNotUsed() =>
        Assert.That(LateShare(IndicatorValue.Ratio("LATE_SHARE", July2025, 0, 400)).Outcome, Is.EqualTo(Outcome.NoData),
            "a share is only ever computed from its part and whole");

    [TestCase("notRatio", "share.notRatio", "$.indicators[8].share")]
    [TestCase("partIsRatio", "share.notCount", "$.indicators[8].share.part")]
    [TestCase("unknownWhole", "indicator.unknown", "$.indicators[8].share.whole")]
    [TestCase("same", "share.sameIndicator", "$.indicators[8].share.whole")]
    public void ABrokenShare_IsAValidationErrorWithItsPath(string breakage, string code, string path)
    {
        var text = File.ReadAllText(TestRules.Path("Rules", "share.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var share = node["indicators"]![8]!;
        switch (breakage)
        {
            case "notRatio": share["kind"] = "percentage"; break;
            case "partIsRatio": share["share"]!["part"] = "AV_MACHINES"; break;
            case "unknownWhole": share["share"]!["whole"] = "NO_SUCH"; break;
            case "same": share["share"]!["whole"] = "LATE_RESOLVED"; break;
        }

        RuleErrorAssert.Reported(node, path, code);
    }

    [Test]
    public void Ingest_AValueForTheShareItself_IsQuarantinedWithTheTwoCountsToReport()
    {
        var communes = new[] { TemplateText.ThuDauMot() };
        var validator = new IndicatorRowValidator(_rules, new CommuneDirectory(communes, []), new DateOnly(2025, 8, 1));

        var row = validator.Validate(new RawRow(2, "25747", "2025-07", "LATE_SHARE", "12/400", ""), "upload");
        var text = TemplateText.Of(_rules, communes, July2025);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Reason!.Code, Is.EqualTo("indicator.computedShare"));
            Assert.That(row.Reason.MessageEn, Does.Contain("LATE_RESOLVED").And.Contain("RESOLVED"));
            Assert.That(text, Does.Contain("[LATE_RESOLVED]").And.Not.Contain("[LATE_SHARE]"), "the template asks for the two counts, not the share");
        }
    }
}
