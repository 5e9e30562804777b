using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// Counts per 1,000 residents (TestData/Rules/per-capita.json: LATE_PER_1000 = LATE_RESOLVED per 1,000, lower is better,
/// green ≤ 2.9, yellow ≤ 4; ONLINE_PER_1000 = ONLINE_DOSSIERS per 1,000, higher is better, green ≥ 20, yellow ≥ 10),
/// computed from a reported count and the unit's population, gaps in the commune's own units. Hand-computed.
/// </summary>
public class PerCapitaIndicatorTests
{
    private static readonly RuleSet _rules = TestRules.Fixture("per-capita.json");

    private static readonly ReferencePopulation _population = new(45_000m, new("dân số 31/12/2024", "population at 31/12/2024"));

    private static CommuneScore ScoreWith(ReferencePopulation? population, params IndicatorValue[] values) =>
        Scorer.Score(_rules, new CommuneInput("26734", UnitType.Phuong, values, population), July2025, July2025.LastDay);

    [Test]
    public void GoldenCases_Pass()
    {
        GoldenCaseAssert.AllPass(_rules, 6);
    }

    [Test]
    public void OneHundredFortyFourOverdueOfFortyFiveThousand_IsYellow_AndTheGapIsFourteenDossiers()
    {
        // 144 × 1,000 / 45,000 = 3.2 per 1,000 > 2.9 (green), ≤ 4 (yellow). Green: at most 2.9 × 45 = 130.5, so 130: 14 fewer.
        var score = ScoreWith(_population, IndicatorValue.Count("LATE_RESOLVED", July2025, 144));
        var result = Criterion(score, "LATEPC");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Rating, Is.EqualTo(Rating.Yellow));
            Assert.That(result.Value!.Text.Vi, Is.EqualTo("144 hồ sơ quá hạn / 45.000 dân (3,2 hồ sơ quá hạn / 1.000 dân)"));
            Assert.That(result.Value.Text.En, Is.EqualTo("144 overdue dossiers / 45,000 residents (3.2 overdue dossiers per 1,000 residents)"));
            Assert.That(result.Threshold.GreenText!.Vi, Is.EqualTo("≤ 2,9 hồ sơ quá hạn / 1.000 dân"));
            Assert.That(result.Gaps.Single().Missing, Is.EqualTo(14m));
            Assert.That(result.Gaps.Single().Unit!.En, Is.EqualTo("overdue dossiers"));
            Assert.That(result.Gaps.Single().Action.Vi, Does.Contain("14 hồ sơ quá hạn"));
            Assert.That(result.Reason.Vi, Does.EndWith("(Dân số dùng để tính: 45.000 người, dân số 31/12/2024.)"));
            Assert.That(result.Reason.En, Does.EndWith("(Population used: 45,000, population at 31/12/2024.)"));
            Assert.That(score.Population, Is.EqualTo(_population), "the population used is part of the result");
        }
    }

    [Test]
    public void APopulationNotAMultipleOfTen_GivesExactAmounts()
    {
        // 45,123 residents: green ≤ 2.9 × 45.123 = 130.8567 → 130 overdue; ≥ 20 × 45.123 = 902.46 → 903 online.
        var population = _population with { Residents = 45_123m };
        var score = ScoreWith(population, IndicatorValue.Count("LATE_RESOLVED", July2025, 131), IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 902));

        Assert.That(Criterion(score, "LATEPC").GapTo(Rating.Green)!.Missing, Is.EqualTo(1m));
        Assert.That(Criterion(score, "ONLINEPC").GapTo(Rating.Green)!.Missing, Is.EqualTo(1m));
        Assert.That(Criterion(score, "LATEPC").Rating, Is.EqualTo(Rating.Yellow));
    }

    [Test]
    public void AnExclusiveBoundary_NeedsOneMoreDossierAtAWholeCut()
    {
        // Exclusive: 180 per 45,000 is exactly 4, so not yellow; yellow needs fewer than 180: 179, 1 fewer. 900 online is
        // exactly 20, not green: 901.
        var exclusive = TestRules.Valid(File.ReadAllText(TestRules.Path("Rules", "per-capita.json")).Replace("\"boundary\": \"inclusive\"", "\"boundary\": \"exclusive\""));
        var score = Scorer.Score(exclusive, new CommuneInput("26734", UnitType.Phuong,
            [IndicatorValue.Count("LATE_RESOLVED", July2025, 180), IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 900)], _population), July2025, July2025.LastDay);

        Assert.That((Criterion(score, "LATEPC").Rating, Criterion(score, "LATEPC").GapTo(Rating.Yellow)!.Missing), Is.EqualTo(((Rating?)Rating.Red, (decimal?)1m)));
        Assert.That((Criterion(score, "ONLINEPC").Rating, Criterion(score, "ONLINEPC").GapTo(Rating.Green)!.Missing), Is.EqualTo(((Rating?)Rating.Yellow, (decimal?)1m)));
    }

    [Test]
    public void AUnitWithoutAPopulation_HasNoValue_AndSaysWhy()
    {
        var score = ScoreWith(null, IndicatorValue.Count("LATE_RESOLVED", July2025, 144));
        var result = Criterion(score, "LATEPC");

        Assert.That(result.Outcome, Is.EqualTo(Outcome.NoData));
        Assert.That(result.Reason.Vi, Does.EndWith("Chưa có dân số của đơn vị nên không tính được giá trị trên 1.000 dân."));
        Assert.That(result.Reason.En, Does.EndWith("The unit's population is not known, so no value per 1,000 residents can be computed."));
        Assert.That(score.Population, Is.Null);
    }

    [Test]
    public void AValueReportedForThePerCapitaIndicatorItself_IsNotUsed() =>
        Assert.That(Criterion(ScoreWith(_population, IndicatorValue.Count("LATE_PER_1000", July2025, 1)), "LATEPC").Outcome, Is.EqualTo(Outcome.NoData),
            "a per-capita value is only ever computed from its count and the population");

    [Test]
    public void ARuleSetWithoutPerCapita_WritesNoPopulation()
    {
        var withPopulation = new CommuneInput("26734", UnitType.Phuong, [IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 700)], _population);
        var minimal = TestRules.Minimal();

        Assert.That(ScoreJson.Serialize(Scorer.Score(minimal, withPopulation, July2025, July2025.LastDay)),
            Is.EqualTo(ScoreJson.Serialize(Scorer.Score(minimal, withPopulation with { Population = null }, July2025, July2025.LastDay))));
        Assert.That(ScoreJson.Serialize(Scorer.Score(minimal, withPopulation, July2025, July2025.LastDay)), Does.Not.Contain("population"));
    }

    [Test]
    public void TheStoredResult_CarriesThePopulationAndReadsItBack()
    {
        var score = ScoreWith(_population, IndicatorValue.Count("LATE_RESOLVED", July2025, 144));

        var json = ScoreJson.Serialize(score);

        Assert.That(json, Does.Contain("\"population\":{\"residents\":45000"));
        Assert.That(ScoreJson.Deserialize(json).Population, Is.EqualTo(_population));
    }

    [Test]
    public void TheDiff_NamesAChangedPer()
    {
        var text = File.ReadAllText(TestRules.Path("Rules", "per-capita.json"));
        var per10000 = TestRules.Valid(text.Replace("\"per\": 1000", "\"per\": 10000"));

        Assert.That(RuleSetDiff.Compare(_rules, per10000).Where(c => c.Field == "perCapita").Select(c => (c.Scope, c.Before, c.After)),
            Is.EquivalentTo(new[] { ("LATE_PER_1000", "LATE_RESOLVED / 1000", "LATE_RESOLVED / 10000"), ("ONLINE_PER_1000", "ONLINE_DOSSIERS / 1000", "ONLINE_DOSSIERS / 10000") }));
    }

    [TestCase("notCount", "perCapita.notCount", "$.indicators[8].perCapita")]
    [TestCase("ofComputed", "perCapita.ofNotCount", "$.indicators[8].perCapita.of")]
    [TestCase("ofRatio", "perCapita.ofNotCount", "$.indicators[8].perCapita.of")]
    [TestCase("ofUnknown", "indicator.unknown", "$.indicators[8].perCapita.of")]
    [TestCase("ofMissing", "required", "$.indicators[8].perCapita.of")]
    [TestCase("perSeven", "perCapita.per", "$.indicators[8].perCapita.per")]
    [TestCase("perMissing", "required", "$.indicators[8].perCapita.per")]
    [TestCase("casePopulation", "number.notPositive", "$.cases[0].population")]
    public void ABrokenPerCapita_IsAValidationErrorWithItsPath(string breakage, string code, string path)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestRules.Path("Rules", "per-capita.json")))!;
        var perCapita = node["indicators"]![8]!;
        Assert.That(perCapita["code"]!.GetValue<string>(), Is.EqualTo("LATE_PER_1000"));
        switch (breakage)
        {
            case "notCount": perCapita["kind"] = "percentage"; break;
            case "ofComputed": perCapita["perCapita"]!["of"] = "ONLINE_PER_1000"; break;
            case "ofRatio": perCapita["perCapita"]!["of"] = "AV_MACHINES"; break;
            case "ofUnknown": perCapita["perCapita"]!["of"] = "NO_SUCH"; break;
            case "ofMissing": perCapita["perCapita"]!.AsObject().Remove("of"); break;
            case "perSeven": perCapita["perCapita"]!["per"] = 7; break;
            case "perMissing": perCapita["perCapita"]!.AsObject().Remove("per"); break;
            case "casePopulation": node["cases"]![0]!["population"] = 0; break;
        }

        RuleErrorAssert.Reported(node, path, code);
    }

    [Test]
    public void Ingest_AValueForThePerCapitaIndicator_IsQuarantinedNamingTheCount_AndTheTemplateDoesNotAskForIt()
    {
        var communes = new[] { TemplateText.ThuDauMot(population: 88132) };
        var directory = new CommuneDirectory(communes, []);
        var validator = new IndicatorRowValidator(_rules, directory, new DateOnly(2025, 8, 1));

        var row = validator.Validate(new RawRow(2, "25747", "2025-07", "LATE_PER_1000", "3", ""), "upload");
        var text = TemplateText.Of(_rules, communes, July2025);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Reason!.Code, Is.EqualTo("indicator.computedPerCapita"));
            Assert.That(row.Reason.MessageEn, Does.Contain("'LATE_RESOLVED'"));
            Assert.That(text, Does.Contain("[LATE_RESOLVED]").And.Not.Contain("[LATE_PER_1000]"), "the template asks for the count, not the rate");
            Assert.That(directory.PopulationOf("25747")!.Residents, Is.EqualTo(88132m));
            Assert.That(directory.PopulationOf("25747")!.Source.Vi, Does.Contain("31/12/2024"));
        }
    }
}
