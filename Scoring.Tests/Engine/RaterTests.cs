using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// The rater compares in decimals; these tests hold it to the exact rule on every ratio, count and percentage around
/// the cuts, and hold the laid-out values to the scorer's input.
/// </summary>
public class RaterTests
{
    [TestCase("inclusive")]
    [TestCase("exclusive")]
    public void Rate_EveryRatioUpToFourHundred_MatchesTheExactComparisonAndAmounts(string boundary)
    {
        var rules = TestRules.Minimal(n => n["boundary"] = boundary);
        var av = rules.FindCriterion("AV")!;
        var mismatches = new List<string>();
        for (var whole = 1; whole <= 400; whole++)
        {
            for (var part = 0; part <= whole; part++)
            {
                var value = IndicatorValue.Ratio("AV_MACHINES", July2025, part, whole);
                var rated = Rater.Rate(rules, Ward(value), July2025, EndOfJuly2025).Criteria.ToArray().Single(c => c.Code == "AV");
                var expected = Exact(value, av.Threshold, rules.Boundary);
                if (rated.Outcome == Outcome.Rated && rated.Rating != expected)
                {
                    mismatches.Add($"{part}/{whole}: {rated.Rating} instead of {expected}");
                }

                // The amounts are the ones the exact rule gives (the rater skips re-checking the cut it just rated).
                var toGreen = expected == Rating.Green ? (decimal?)null : NumericRating.AmountToReach(IndicatorKind.Ratio, value, av.Threshold.Green!.Value, av.Threshold.Direction, rules.Boundary);
                var toYellow = expected != Rating.Red ? (decimal?)null : NumericRating.AmountToReach(IndicatorKind.Ratio, value, av.Threshold.Yellow!.Value, av.Threshold.Direction, rules.Boundary);
                if (rated.Outcome == Outcome.Rated && (rated.ToGreen != toGreen || rated.ToYellow != toYellow))
                {
                    mismatches.Add($"{part}/{whole}: amounts {rated.ToYellow}/{rated.ToGreen} instead of {toYellow}/{toGreen}");
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [TestCase("inclusive")]
    [TestCase("exclusive")]
    public void Rate_CountsAndPercentagesAroundTheCuts_MatchTheExactComparison(string boundary)
    {
        var rules = TestRules.Minimal(n => n["boundary"] = boundary);
        var mismatches = new List<string>();
        foreach (var (criterionCode, indicatorCode, kind) in new[] { ("DOSSIERS", "ONLINE_DOSSIERS", IndicatorKind.Count), ("ERESULT", "E_RESULTS", IndicatorKind.Percentage), ("LATE", "OVERDUE", IndicatorKind.Count) })
        {
            var criterion = rules.Criteria.SingleOrDefault(c => c.Indicator.Code == indicatorCode);
            if (criterion is null)
            {
                continue;
            }

            foreach (var cut in new[] { criterion.Threshold.Green!.Value, criterion.Threshold.Yellow!.Value })
            {
                foreach (var step in new[] { -1m, -0.01m, -0.0000000001m, -0.00000000000000000001m, 0m, 0.00000000000000000001m, 0.0000000001m, 0.01m, 1m })
                {
                    var number = cut + step;
                    if (number < 0 || (kind == IndicatorKind.Percentage && number > 100))
                    {
                        continue;
                    }

                    var value = new IndicatorValue(indicatorCode, July2025, Number: number);
                    var rated = Rater.Rate(rules, Ward(value), July2025, EndOfJuly2025).Criteria.ToArray().Single(c => c.Code == criterion.Code);
                    var expected = Exact(value, criterion.Threshold, rules.Boundary, kind);
                    if (rated.Rating != expected)
                    {
                        mismatches.Add($"{criterionCode} {number}: {rated.Rating} instead of {expected}");
                    }
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Rate_ValuesLaidOutOnceForTheWholeHistory_GiveTheScorersColoursForEveryPeriod()
    {
        var rules = ShippedRules.Read().RuleSet!;
        var (first, last) = (July2025, new Period(2026, 6));
        var communes = DemoInputs.For(rules, first, last, take: 24);
        var laidOut = communes.Select(c => CommuneValues.Of(rules, c)).ToList();
        var compared = 0;
        foreach (var period in first.Through(last))
        {
            for (var i = 0; i < communes.Count; i++)
            {
                var window = communes[i] with { Values = [.. communes[i].Values.Where(v => v.Period <= period && v.Period >= period.AddMonths(-2))] };
                var scored = Scorer.Score(rules, window, period, period.LastDay);
                var rated = Rater.Rate(rules, laidOut[i], period, period.LastDay);
                Assert.That(rated.Overall, Is.EqualTo(scored.Overall), $"{communes[i].CommuneCode} {period}");
                Assert.That(rated.Criteria.ToArray().Select(c => (c.Code, c.Outcome, c.Rating)), Is.EqualTo(scored.Criteria.Select(c => (c.Code, c.Outcome, c.Rating))));
                compared++;
            }
        }

        Assert.That(compared, Is.EqualTo(24 * 12));
    }

    [Test]
    public void Rate_ValuesLaidOutForOtherIndicators_IsRefused()
    {
        var shipped = ShippedRules.Read().RuleSet!;
        var values = CommuneValues.Of(TestRules.Minimal(), Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40)));

        Assert.That(() => Rater.Rate(shipped, values, July2025, EndOfJuly2025), Throws.ArgumentException);
    }

    [Test]
    public void Explain_OfARating_IsTheScore()
    {
        var rules = TestRules.Minimal();
        var commune = Ward(IndicatorValue.Ratio("AV_MACHINES", July2025, 17, 40), IndicatorValue.Count("ONLINE_DOSSIERS", July2025, 120));
        var rating = Rater.Rate(rules, commune, July2025, EndOfJuly2025);
        var explained = Scorer.Explain(rating);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(explained.Overall, Is.EqualTo(rating.Overall));
            Assert.That(explained.Criteria.Select(c => c.Rating), Is.EqualTo(rating.Criteria.ToArray().Select(c => c.Rating)));
            Assert.That(explained.Criteria.Single(c => c.Code == "AV").GapTo(Rating.Green)!.Missing, Is.EqualTo(rating.Criteria.ToArray().Single(c => c.Code == "AV").ToGreen));
            Assert.That(ScoreJsonText(explained), Is.EqualTo(ScoreJsonText(Scorer.Score(rules, commune, July2025, EndOfJuly2025))));
        }
    }

    private static string ScoreJsonText(CommuneScore score) => DashboardKpi.Ingest.Jobs.Ratings.ScoreJson.Serialize(score);

    /// <summary>The rule as written: part × 100 against cut × whole for ratios, the number against the cut otherwise, all in decimals.</summary>
    private static Rating Exact(IndicatorValue value, Threshold threshold, Boundary boundary, IndicatorKind kind = IndicatorKind.Ratio)
    {
        bool Meets(decimal cut)
        {
            var (left, right) = kind == IndicatorKind.Ratio ? (value.Number!.Value * 100m, cut * value.Whole!.Value) : (value.Number!.Value, cut);
            var comparison = threshold.Direction == Direction.HigherIsBetter ? left.CompareTo(right) : right.CompareTo(left);
            return boundary == Boundary.Inclusive ? comparison >= 0 : comparison > 0;
        }

        return Meets(threshold.Green!.Value) ? Rating.Green : Meets(threshold.Yellow!.Value) ? Rating.Yellow : Rating.Red;
    }
}
