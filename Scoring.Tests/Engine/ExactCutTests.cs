using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// The rater compares in decimals, exactly as the rule is written. These tests hold it to that rule on cuts of
/// 15 digits, of more, and of fractions that no double holds exactly (the cases a comparison by doubles would get wrong).
/// </summary>
public class ExactCutTests
{
    private static readonly decimal[] Cuts = [95m, 95.5m, 12.5m, 66.67m, 0.1m, 33.3333333333333m, 33.33333333333333m, 99.9999999999999m, 95.0000000000000000001m];

    [TestCase("inclusive")]
    [TestCase("exclusive")]
    public void Rate_RatiosAgainstShortAndLongCuts_MatchTheExactComparison(string boundary)
    {
        var mismatches = new List<string>();
        foreach (var cut in Cuts)
        {
            var rules = WithAvCut(boundary, cut);
            var threshold = rules.FindCriterion("AV")!.Threshold;
            for (var whole = 1; whole <= 200; whole++)
            {
                for (var part = 0; part <= whole; part++)
                {
                    var value = IndicatorValue.Ratio("AV_MACHINES", July2025, part, whole);
                    var rated = Rated(rules, value, "AV");
                    var expected = Exact(value.Number!.Value * 100m, value.Whole!.Value, threshold, rules.Boundary);
                    if (rated.Outcome == Outcome.Rated && rated.Rating != expected)
                    {
                        mismatches.Add($"cut {cut}, {part}/{whole}: {rated.Rating} instead of {expected}");
                    }
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [TestCase("inclusive")]
    [TestCase("exclusive")]
    public void Rate_PercentagesOnAndBesideShortAndLongCuts_MatchTheExactComparison(string boundary)
    {
        var mismatches = new List<string>();
        decimal[] steps = [-0.01m, -0.0000000000001m, -0.0000000000000000001m, 0m, 0.0000000000000000001m, 0.0000000000001m, 0.01m];
        foreach (var cut in Cuts)
        {
            var rules = WithCut(boundary, "ERESULT", cut);
            var threshold = rules.FindCriterion("ERESULT")!.Threshold;
            foreach (var number in steps.Select(step => cut + step).Where(n => n is >= 0 and <= 100))
            {
                var value = new IndicatorValue("E_RESULTS", July2025, Number: number);
                var rated = Rated(rules, value, "ERESULT");
                var expected = Exact(number, 1m, threshold, rules.Boundary);
                if (rated.Rating != expected)
                {
                    mismatches.Add($"cut {cut}, {number}: {rated.Rating} instead of {expected}");
                }
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    private static RuleSet WithAvCut(string boundary, decimal cut) => WithCut(boundary, "AV", cut);

    private static RuleSet WithCut(string boundary, string code, decimal cut) => TestRules.Minimal(node =>
    {
        node["boundary"] = boundary;
        var threshold = node["criteria"]!.AsArray().Single(c => (string?)c!["code"] == code)!["threshold"]!;
        threshold["green"] = JsonValue.Create(cut);
        threshold["yellow"] = JsonValue.Create(cut / 2m);
    });

    private static CriterionRating Rated(RuleSet rules, IndicatorValue value, string code) =>
        Rater.Rate(rules, Ward(value), July2025, EndOfJuly2025).Criteria.ToArray().Single(c => c.Code == code);

    /// <summary>The rule as written, in decimals: left (part × 100, or the number) against cut × scale (the whole, or 1).</summary>
    private static Rating Exact(decimal left, decimal scale, Threshold threshold, Boundary boundary)
    {
        bool Meets(decimal cut)
        {
            var comparison = threshold.Direction == Direction.HigherIsBetter ? left.CompareTo(cut * scale) : (cut * scale).CompareTo(left);
            return boundary == Boundary.Inclusive ? comparison >= 0 : comparison > 0;
        }

        return Meets(threshold.Green!.Value) ? Rating.Green : Meets(threshold.Yellow!.Value) ? Rating.Yellow : Rating.Red;
    }
}
