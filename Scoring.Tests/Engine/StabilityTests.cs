using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// Stability rules worked by hand on the minimal fixture: AV (antivirus, ratio, green ≥ 95%, yellow ≥ 80%) reported as
/// n of 1,000 machines so that n/10 is the percentage. Each series is rated month by month as the rescore does, each
/// month's colours passed to the next as its earlier colours (StableSeries).
/// </summary>
public class StabilityTests
{
    private static RuleSet WithAvStability(JsonObject stability) => TestRules.Minimal(node => node["criteria"]![0]!["stability"] = stability);

    private static CommuneInput Series(params int[] perMille) => Ward([.. perMille.Select((n, i) =>
        IndicatorValue.Ratio("AV_MACHINES", July2025.AddMonths(i), n, 1000))]);

    private static List<CriterionRating> RateAv(RuleSet rules, CommuneInput input, int months) =>
        StableSeries.Rate(rules, CommuneValues.Of(rules, input), July2025, July2025.AddMonths(months - 1))
            .Select(r => r.Criteria.ToArray().Single(c => c.Code == "AV")).ToList();

    [Test]
    public void Hold2_FlipFlopSeries_PublishesAChangeOnlyWhenItHoldsTwoMonths()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 2 });
        // 96 | 94.8 | 95.2 | 94.8 | 94.5 | 95.1 | 95.3 %
        var input = Series(960, 948, 952, 948, 945, 951, 953);

        var av = RateAv(rules, input, 7);

        var (G, Y) = (Rating.Green, Rating.Yellow);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(av.Select(c => c.RawRating), Is.EqualTo(new Rating?[] { G, Y, G, Y, Y, G, G }));
            Assert.That(av.Select(c => c.Rating), Is.EqualTo(new Rating?[] { G, G, G, G, Y, Y, G }));
            Assert.That(av.Select(c => c.Stability!.Decision), Is.EqualTo(new[]
            {
                StabilityDecision.Unchanged, StabilityDecision.Held, StabilityDecision.Unchanged, StabilityDecision.Held,
                StabilityDecision.ChangedAfterHold, StabilityDecision.Held, StabilityDecision.ChangedAfterHold,
            }));
        }
    }

    [Test]
    public void Hold2_HeldMonth_ExplanationSaysItStaysGreen_InBothLanguages_NoSpaceBeforePercent()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 2 });
        var values = CommuneValues.Of(rules, Series(960, 948));
        var august = July2025.AddMonths(1);
        var july = StableSeries.ColoursOf(Rater.Rate(rules, values, July2025, July2025.LastDay));

        var score = Scorer.Explain(Rater.Rate(rules, values, august, august.LastDay, new EarlierColours([july])));
        var av = Criterion(score, "AV");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(av.Rating, Is.EqualTo(Rating.Green));
            Assert.That(av.Stability!.Raw, Is.EqualTo(Rating.Yellow));
            Assert.That(av.Reason.Vi, Does.EndWith(
                "Vẫn giữ mức xanh: tháng đầu tiên dưới ngưỡng, 94,8% so với 95% (màu chỉ đổi khi kết quả mới giữ đủ 2 tháng liên tiếp)."));
            Assert.That(av.Reason.En, Does.EndWith(
                "Stays green: first month below the cut, 94.8% against 95% (the colour changes only once the new result has held for 2 consecutive months)."));
            // The sentence before it still says what the value earned, so nothing is hidden.
            Assert.That(av.Reason.En, Does.StartWith("Yellow: 948/1,000 computers (94.8%)"));
            // The amount to green stays: the unit is told what would make it green for real.
            Assert.That(av.GapTo(Rating.Green)!.Missing, Is.EqualTo(2m));
            // The earlier colours used are pinned in the score.
            Assert.That(score.Stability!.Earlier.Periods.Single().Criteria["AV"], Is.EqualTo(new ColourPair(Rating.Green, Rating.Green)));
        }
    }

    [Test]
    public void Hold2_AJumpFromGreenToRedThenYellow_PublishesTheLeastChangeBothMonthsAgreeOn()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 2 });

        var av = RateAv(rules, Series(960, 500, 850), 3);

        Assert.That(av.Select(c => c.Rating), Is.EqualTo(new Rating?[] { Rating.Green, Rating.Green, Rating.Yellow }));
    }

    [Test]
    public void DeadBand1_ChangesOnlyPastTheCutByOnePoint_EitherWay()
    {
        var rules = WithAvStability(new JsonObject { ["deadBand"] = 1 });
        // 96 | 94.5 (within 1 of 95: held) | 93.9 (past 94: yellow) | 95.5 (within 1 above: held yellow) | 96 (green)
        var av = RateAv(rules, Series(960, 945, 939, 955, 960), 5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(av.Select(c => c.Rating), Is.EqualTo(new Rating?[] { Rating.Green, Rating.Green, Rating.Yellow, Rating.Yellow, Rating.Green }));
            Assert.That(av.Select(c => c.Stability!.Decision), Is.EqualTo(new[]
            {
                StabilityDecision.Unchanged, StabilityDecision.Held, StabilityDecision.ChangedPastBand, StabilityDecision.Held, StabilityDecision.ChangedPastBand,
            }));
        }
    }

    [Test]
    public void DeadBand1_ChangeAtOnce_ExplanationNamesTheBand()
    {
        var rules = WithAvStability(new JsonObject { ["deadBand"] = 1 });
        var values = CommuneValues.Of(rules, Series(960, 945, 939));
        var ratings = StableSeries.Rate(rules, values, July2025, July2025.AddMonths(2));

        var september = Criterion(Scorer.Explain(ratings[2]), "AV");
        var august = Criterion(Scorer.Explain(ratings[1]), "AV");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(september.Reason.Vi, Does.EndWith("Đổi sang mức vàng ngay: 93,9% so với 95%, vượt ngưỡng quá 1 điểm phần trăm."));
            Assert.That(september.Reason.En, Does.EndWith("Changed to yellow at once: 93.9% against 95%, more than 1 percentage point past the cut."));
            Assert.That(august.Reason.En, Does.EndWith(
                "Stays green: first month below the cut, 94.5% against 95% (the colour changes only once the value is more than 1 percentage point past the cut)."));
        }
    }

    [Test]
    public void HoldAndBand_EitherSuffices()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 3, ["deadBand"] = 2 });
        // 96 | 94.5 held | 92 (past 93: yellow at once); then 96 | 94 | 94 (2nd month, held) | 94: yellow after 3 months
        var first = RateAv(rules, Series(960, 945, 920), 3);
        var second = RateAv(rules, Series(960, 940, 940, 940), 4);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(c => c.Rating), Is.EqualTo(new Rating?[] { Rating.Green, Rating.Green, Rating.Yellow }));
            Assert.That(first[2].Stability!.Decision, Is.EqualTo(StabilityDecision.ChangedPastBand));
            Assert.That(second[2].Stability!.Streak, Is.EqualTo(2));
            Assert.That(second.Select(c => c.Rating), Is.EqualTo(new Rating?[] { Rating.Green, Rating.Green, Rating.Green, Rating.Yellow }));
            Assert.That(second[3].Stability!.Decision, Is.EqualTo(StabilityDecision.ChangedAfterHold));
        }
    }

    [Test]
    public void Hold3_SecondHeldMonth_SaysWhichMonth()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 3 });
        var ratings = StableSeries.Rate(rules, CommuneValues.Of(rules, Series(960, 948, 947)), July2025, July2025.AddMonths(2));

        var september = Criterion(Scorer.Explain(ratings[2]), "AV");

        Assert.That(september.Reason.Vi, Does.EndWith("Vẫn giữ mức xanh: tháng thứ 2 dưới ngưỡng, 94,7% so với 95% (màu chỉ đổi khi kết quả mới giữ đủ 3 tháng liên tiếp)."));
    }

    [Test]
    public void MonthWithoutData_IsNotHeld_AndTheNextMonthStartsAfresh()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 2 });
        // AV carries forward 2 periods, so leave a gap of three months: October has no colour, nothing is held over it.
        var input = Ward(
            IndicatorValue.Ratio("AV_MACHINES", July2025, 960, 1000),
            IndicatorValue.Ratio("AV_MACHINES", July2025.AddMonths(4), 948, 1000));

        var av = RateAv(rules, input, 5);

        Assert.That(av.Select(c => c.Rating), Is.EqualTo(new Rating?[] { Rating.Green, Rating.Green, Rating.Green, null, Rating.Yellow }));
    }

    [Test]
    public void OverallHold2_FlipFlop_HoldsTheOverallColour_AndSaysSo()
    {
        var rules = TestRules.Minimal(node => node["aggregation"]!["stability"] = new JsonObject { ["holdPeriods"] = 2 });
        // AV (critical) flips green/yellow; online dossiers 700 keep DOSSIERS green.
        var input = Ward([.. new[] { 960, 948, 952, 948, 945 }.SelectMany((n, i) => new[]
        {
            IndicatorValue.Ratio("AV_MACHINES", July2025.AddMonths(i), n, 1000),
            IndicatorValue.Count("ONLINE_DOSSIERS", July2025.AddMonths(i), 700),
        })]);

        var ratings = StableSeries.Rate(rules, CommuneValues.Of(rules, input), July2025, July2025.AddMonths(4));
        var august = Scorer.Explain(ratings[1]);

        var (G, Y) = (Rating.Green, Rating.Yellow);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ratings.Select(r => r.RawOverall), Is.EqualTo(new Rating?[] { G, Y, G, Y, Y }));
            Assert.That(ratings.Select(r => r.Overall), Is.EqualTo(new Rating?[] { G, G, G, G, Y }));
            Assert.That(august.Overall, Is.EqualTo(G));
            Assert.That(august.Stability!.RawOverall, Is.EqualTo(Y));
            Assert.That(august.Reason.Vi, Does.EndWith("Mức chung vẫn giữ xanh: tháng đầu tiên có kết quả vàng (màu chỉ đổi khi kết quả mới giữ đủ 2 tháng liên tiếp)."));
            Assert.That(august.Reason.En, Does.EndWith("Overall stays green: first month rated yellow (the colour changes only once the new result has held for 2 consecutive months)."));
        }
    }

    [Test]
    public void RuleSetWithoutStability_ScoresCarryNoStabilityFacts()
    {
        var rules = TestRules.Minimal();

        var score = Score(rules, Series(948));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rules.HasStability, Is.False);
            Assert.That(score.Stability, Is.Null);
            Assert.That(score.Criteria.Select(c => c.Stability), Has.All.Null);
        }
    }

    [Test]
    public void WithoutEarlierColours_ThePublishedColourIsTheRawOne()
    {
        var rules = WithAvStability(new JsonObject { ["holdPeriods"] = 2 });

        var av = Criterion(Score(rules, Series(948)), "AV");

        Assert.That((av.Rating, av.Stability!.Raw, av.Stability.Decision), Is.EqualTo(((Rating?)Rating.Yellow, (Rating?)Rating.Yellow, StabilityDecision.Unchanged)));
    }

    [TestCase("{\"holdPeriods\": 1}", "$.criteria[0].stability.holdPeriods", "stability.holdPeriods")]
    [TestCase("{\"holdPeriods\": 13}", "$.criteria[0].stability.holdPeriods", "stability.holdPeriods")]
    [TestCase("{}", "$.criteria[0].stability", "stability.empty")]
    [TestCase("{\"deadBand\": 0}", "$.criteria[0].stability.deadBand", "number.notPositive")]
    public void Validation_BadCriterionStability_IsAnErrorWithItsPath(string stability, string path, string code)
    {
        var result = TestRules.ReadEdited(node => node["criteria"]![0]!["stability"] = JsonNode.Parse(stability));

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EqualTo(new[] { (path, code) }));
    }

    [Test]
    public void Validation_DeadBandOnAYesNoCriterion_AndOnTheOverall_AreErrors()
    {
        var result = TestRules.ReadEdited(node =>
        {
            node["criteria"]![4]!["stability"] = new JsonObject { ["deadBand"] = 1 };
            node["aggregation"]!["stability"] = new JsonObject { ["holdPeriods"] = 2, ["deadBand"] = 1 };
        });

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EquivalentTo(new[]
        {
            ("$.criteria[4].stability.deadBand", "stability.deadBandKind"),
            ("$.aggregation.stability.deadBand", "stability.deadBandOverall"),
        }));
    }

    [Test]
    public void Publish_StabilityWithoutRationale_IsRefused_WithIt_Accepted()
    {
        var without = WithAvStability(new JsonObject { ["holdPeriods"] = 2 });
        var with = WithAvStability(new JsonObject { ["holdPeriods"] = 2, ["rationale"] = new JsonObject { ["vi"] = "Tránh đổi màu do dao động.", ["en"] = "Avoid noise." } });

        Assert.That(Scoring.Engine.Loading.PublishRequirements.Check(without).Select(e => e.Code), Does.Contain("publish.stabilityRationaleMissing"));
        Assert.That(Scoring.Engine.Loading.PublishRequirements.Check(with).Select(e => e.Code), Does.Not.Contain("publish.stabilityRationaleMissing"));
    }

    [Test]
    public void WhatIf_DraftTurningHoldOn_KeepsAugustGreen_AndListsTheUnitsItHeld()
    {
        var current = TestRules.Minimal();
        var draft = TestRules.Minimal(node =>
        {
            node["version"] = 4;
            node["criteria"]![0]!["stability"] = new JsonObject { ["holdPeriods"] = 2 };
        });
        var august = July2025.AddMonths(1);
        IReadOnlyList<CommuneInput> communes =
        [
            new("A", UnitType.Phuong, [.. Dossiers(2), IndicatorValue.Ratio("AV_MACHINES", July2025, 960, 1000), IndicatorValue.Ratio("AV_MACHINES", august, 948, 1000)]),
            new("B", UnitType.Phuong, [.. Dossiers(2), IndicatorValue.Ratio("AV_MACHINES", July2025, 960, 1000), IndicatorValue.Ratio("AV_MACHINES", august, 970, 1000)]),
        ];

        var result = WhatIf.Compare(current, draft, communes, [august]).Single();
        var unchanged = WhatIf.Compare(current, current, communes, [august]).Single();

        using (Assert.EnterMultipleScope())
        {
            // Without the rule A is yellow in August (AV is critical); with it AV stays green, so A stays green.
            Assert.That(result.Before, Is.EqualTo(new RatingCounts(Green: 1, Yellow: 1, Red: 0, NotRated: 0)));
            Assert.That(result.After, Is.EqualTo(new RatingCounts(Green: 2, Yellow: 0, Red: 0, NotRated: 0)));
            Assert.That(result.Changed.Select(c => (c.CommuneCode, c.Before, c.After)), Is.EqualTo(new[] { ("A", (Rating?)Rating.Yellow, (Rating?)Rating.Green) }));
            Assert.That(result.Held, Is.EqualTo(new[] { new StabilityHold("A", Rating.Yellow, Rating.Green) }));
            Assert.That(unchanged.Held, Is.Null);
            Assert.That(unchanged.Changed, Is.Empty);
        }

        static IEnumerable<IndicatorValue> Dossiers(int months) =>
            Enumerable.Range(0, months).Select(i => IndicatorValue.Count("ONLINE_DOSSIERS", July2025.AddMonths(i), 700));
    }
}
