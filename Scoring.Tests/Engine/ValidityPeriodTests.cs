using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// Criteria with validity periods, on the minimal rules (critical AV, K = 2 reds, P = 75 %): MIGRATE is a transition
/// task retired from January 2026 (effectiveTo 2025-12), IOC a new measure from January 2026 (effectiveFrom 2026-01).
/// ERESULT's green cut moves from 90 to 95 in January 2026 by its period override. Every number is worked out by hand.
/// </summary>
public class ValidityPeriodTests
{
    private static readonly Period December2025 = new(2025, 12);
    private static readonly Period January2026 = new(2026, 1);
    private static readonly DateOnly EndOfJanuary2026 = new(2026, 1, 31);

    private static readonly RuleSet _rules = TestRules.Minimal(n =>
    {
        n["criteria"]![5]!["effectiveTo"] = "2025-12";
        n["criteria"]![4]!["effectiveFrom"] = "2026-01";
    });

    /// <summary>AV 38/40 (95 %), 700 dossiers, e-results 92 %, no overdue dossier, IOC not connected, migration not started.</summary>
    private static CommuneInput Commune(Period period, params IndicatorValue[] replacements)
    {
        IndicatorValue[] values =
        [
            IndicatorValue.Ratio("AV_MACHINES", period, 38, 40),
            IndicatorValue.Count("ONLINE_DOSSIERS", period, 700),
            IndicatorValue.Percentage("E_RESULTS", period, 92),
            IndicatorValue.Count("OVERDUE", period, 0),
            IndicatorValue.YesNo("IOC", period, false),
            IndicatorValue.TaskState("DATA_MIGRATION", period, TaskProgress.NotStarted, null),
        ];
        return Ward([.. values.Where(v => replacements.All(r => r.IndicatorCode != v.IndicatorCode)), .. replacements]);
    }

    [Test]
    public void Score_December2025_RatesTheTransitionTask_AndLeavesTheNewMeasureOut()
    {
        // MIGRATE is still in force and overdue (red); IOC has not started, so its "no" is not a red.
        // Rated: AV, DOSSIERS, ERESULT (92 ≥ 90), LATE green, MIGRATE red → 4/5 = 80 % ≥ 75 %, 1 red < K = 2 → green.
        var score = Score(_rules, Commune(December2025), December2025, new DateOnly(2025, 12, 31));

        Assert.That(Colours(score), Is.EqualTo(new[] { "green", "green", "green", "green", "notInForce", "red" }));
        Assert.That(score.Overall, Is.EqualTo(Rating.Green));
        Assert.That(score.Score, Is.EqualTo(80m));
        Assert.That(score.Reason.En, Is.EqualTo("Green: 4/5 green (80%)."));
        var ioc = Criterion(score, "IOC");
        Assert.That(ioc.Value, Is.Null);
        Assert.That(ioc.Gaps, Is.Empty);
        Assert.That(ioc.Reason.Vi, Is.EqualTo("Chưa áp dụng: tiêu chí áp dụng từ tháng 1/2026; không tính vào mức tổng thể."));
        Assert.That(ioc.Reason.En, Is.EqualTo("Not yet in force: the criterion applies from January 2026; not counted in the overall colour."));
    }

    [Test]
    public void Score_January2026_LeavesTheRetiredTaskOut_AndRatesTheNewMeasure_AgainstTheNewCut()
    {
        // MIGRATE retired: its overdue task no longer counts. IOC "no" is red; ERESULT 92 < 95 (the 2026 cut) is yellow.
        // Rated: AV, DOSSIERS, LATE green, ERESULT yellow, IOC red → 3/5 = 60 % < 75 %, 1 red < K = 2 → yellow.
        // Had MIGRATE still counted, it would have been a second red: red overall.
        var score = Score(_rules, Commune(January2026), January2026, EndOfJanuary2026);

        Assert.That(Colours(score), Is.EqualTo(new[] { "green", "green", "yellow", "green", "red", "notInForce" }));
        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
        Assert.That(score.Score, Is.EqualTo(60m));
        Assert.That(score.Reason.En, Is.EqualTo("Yellow: 3/5 green (60%, needs 75%); critical not green: none."));
        var migrate = Criterion(score, "MIGRATE");
        Assert.That(migrate.Reason.Vi, Is.EqualTo("Nhiệm vụ chuyển tiếp, hết hiệu lực từ tháng 1/2026; không tính vào mức tổng thể."));
        Assert.That(migrate.Reason.En, Is.EqualTo("A transition task, retired from January 2026; not counted in the overall colour."));
        Assert.That(score.PathToGreen.Select(s => s.CriterionCode), Has.No.Member("MIGRATE"));
    }

    [Test]
    public void Score_TheThresholdChangesAtThePeriodBoundary()
    {
        // ERESULT's override (fromPeriod 2026-01, green 95) is a threshold with a validity range: 92 % is green to 90
        // in December 2025 and yellow to 95 from January 2026, 3 percentage points short.
        var december = Criterion(Score(_rules, Commune(December2025), December2025, new DateOnly(2025, 12, 31)), "ERESULT");
        var january = Criterion(Score(_rules, Commune(January2026), January2026, EndOfJanuary2026), "ERESULT");

        Assert.That((december.Rating, december.Threshold.Threshold.Green), Is.EqualTo(((Rating?)Rating.Green, (decimal?)90m)));
        Assert.That((january.Rating, january.Threshold.Threshold.Green), Is.EqualTo(((Rating?)Rating.Yellow, (decimal?)95m)));
        Assert.That(january.GapTo(Rating.Green)!.Missing, Is.EqualTo(3m));
    }

    [Test]
    public void Score_RetiredCriticalCriterion_DoesNotBlockGreen()
    {
        // AV (critical) retired after 2025-12 and nothing reported for it: a critical criterion without data would block
        // green, one not in force does not. Rated: DOSSIERS, ERESULT (96 ≥ 95), LATE, IOC yes → 4/4 green.
        var rules = TestRules.Minimal(n => n["criteria"]![0]!["effectiveTo"] = "2025-12");
        var commune = Ward(
            IndicatorValue.Count("ONLINE_DOSSIERS", January2026, 700),
            IndicatorValue.Percentage("E_RESULTS", January2026, 96),
            IndicatorValue.Count("OVERDUE", January2026, 0),
            IndicatorValue.YesNo("IOC", January2026, true),
            IndicatorValue.TaskState("DATA_MIGRATION", January2026, TaskProgress.Done, new DateOnly(2025, 7, 1)));

        var score = Score(rules, commune, January2026, EndOfJanuary2026);

        Assert.That(Criterion(score, "AV").Outcome, Is.EqualTo(Outcome.NotInForce));
        Assert.That(score.Overall, Is.EqualTo(Rating.Green));
        Assert.That(score.Reason.En, Is.EqualTo("Green: 5/5 green (100%)."));
        Assert.That(score.PathToGreen, Is.Empty);
    }

    [Test]
    public void Score_RetiredCriticalCriterionWithARedValue_IsNotCriticalRed()
    {
        var rules = TestRules.Minimal(n => n["criteria"]![0]!["effectiveTo"] = "2025-12");

        var score = Score(rules, Commune(January2026, IndicatorValue.Ratio("AV_MACHINES", January2026, 10, 40)), January2026, EndOfJanuary2026);

        Assert.That(score.Verdict, Is.Not.EqualTo(Verdict.CriticalRed));
        Assert.That(Criterion(score, "AV").Rating, Is.Null);
    }

    [Test]
    public void Rate_CriterionNotInForce_IsLeftOutOfTheCounts()
    {
        var rating = Rater.Rate(_rules, Commune(January2026), January2026, EndOfJanuary2026);

        Assert.That((rating.RatedCount, rating.GreenCount, rating.RedCount), Is.EqualTo((5, 3, 1)));
        Assert.That(rating.Criteria[5].Outcome, Is.EqualTo(Outcome.NotInForce));
        Assert.That(rating.Criteria[5].Value, Is.Null);
    }

    [Test]
    public void Score_PointsMethod_LeavesTheRetiredCriterionOutOfTheTotal()
    {
        // Points: AV 30 (full at 80 %), dossiers 20, e-results 20, overdue 10, IOC 10, task 10; bands 85 / 70.
        // January 2026, task retired though done: AV 95 % → 30, 700 dossiers → 20, 92 / 95 × 20 = 19.37, 0 overdue → 10,
        // IOC no → 0, task → not counted. Total 79.37 → yellow (it would have been 89.37, green, counted).
        var rules = TestRules.Minimal(n =>
        {
            n["aggregation"] = JsonNode.Parse("""{ "method": "points", "points": { "totalPoints": 100, "bands": { "green": 85, "yellow": 70 } } }""");
            int[] maxPoints = [30, 20, 20, 10, 10, 10];
            for (var i = 0; i < maxPoints.Length; i++)
            {
                n["criteria"]![i]!["points"] = new JsonObject { ["maxPoints"] = maxPoints[i] };
            }

            n["criteria"]![0]!["points"]!["fullScoreAt"] = 80;
            n["criteria"]![5]!["effectiveTo"] = "2025-12";
        });

        var score = Score(rules, Commune(January2026, IndicatorValue.TaskState("DATA_MIGRATION", January2026, TaskProgress.Done, new DateOnly(2025, 12, 1))), January2026, EndOfJanuary2026);

        Assert.That(score.Criteria.Select(c => c.Points), Is.EqualTo(new decimal?[] { 30m, 20m, 19.37m, 10m, 0m, null }));
        Assert.That(score.Score, Is.EqualTo(79.37m));
        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
        Assert.That(score.PathToGreen.Select(s => s.CriterionCode), Is.EqualTo(new[] { "IOC" }));
    }

    [Test]
    public void GoldenCases_InTheValidityRuleFile_AllPass()
    {
        var rules = TestRules.Valid(File.ReadAllText(TestRules.Path("Rules", "validity.json")));

        var results = GoldenCaseRunner.Run(rules);

        Assert.That(results, Has.Count.EqualTo(4));
        Assert.That(results.Where(r => !r.Passed).Select(r => r.Name + ": " + string.Join("; ", r.Failures.Select(f => f.En))), Is.Empty);
    }

    [Test]
    public void GoldenCase_ExpectingARatingForARetiredCriterion_FailsAndSaysNotInForce()
    {
        var node = JsonNode.Parse(File.ReadAllText(TestRules.Path("Rules", "validity.json")))!;
        node["cases"]![1]!["expect"]!["criteria"]![0]!["rating"] = "red";
        var rules = TestRules.Valid(node.ToJsonString());

        var result = GoldenCaseRunner.Run(rules)[1];

        Assert.That(result.Failures.Select(f => f.En), Is.EqualTo(new[] { "MIGRATE: expected red, got not in force" }));
        Assert.That(result.Failures[0].Vi, Is.EqualTo("MIGRATE: mong đợi đỏ, kết quả ngoài hiệu lực"));
    }

    private static string[] Colours(CommuneScore score) =>
        [.. score.Criteria.Select(c => RatingColours.Of(c.Outcome, c.Rating).Spelling())];
}
