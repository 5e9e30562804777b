using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>One golden case's verdict: passed, or every expectation it missed, in vi and en.</summary>
public sealed record GoldenCaseResult(string Name, bool Passed, IReadOnlyList<LocalizedText> Failures, CommuneScore Score);

/// <summary>Runs a rule set's golden cases through the scorer: an analyst's regression tests for a rule change.</summary>
public static class GoldenCaseRunner
{
    /// <summary>Where a golden case's population comes from: the case itself.</summary>
    private static readonly LocalizedText GoldenPopulation = new("dân số của ca kiểm thử", "the test case's population");

    public static IReadOnlyList<GoldenCaseResult> Run(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Cases.Select(golden => Run(rules, golden)).ToList();
    }

    public static GoldenCaseResult Run(RuleSet rules, GoldenCase golden)
    {
        ArgumentNullException.ThrowIfNull(golden);
        var score = Scorer.Score(rules, new CommuneInput("golden", golden.UnitType, golden.Values,
            golden.Population is { } residents ? new ReferencePopulation(residents, GoldenPopulation) : null), golden.Period, golden.AsOf);
        var failures = new List<LocalizedText>();
        if (golden.ExpectsOverall && score.Overall != golden.ExpectedOverall)
        {
            failures.Add(Mismatch("tổng thể", "overall", Name(golden.ExpectedOverall, Outcome.Rated), Name(score.Overall, Outcome.Rated)));
        }

        foreach (var expected in golden.Criteria)
        {
            var actual = score.Criteria.Single(c => c.Code == expected.Code);
            if (actual.Outcome != expected.Outcome || actual.Rating != expected.Rating)
            {
                failures.Add(Mismatch(expected.Code, expected.Code, Name(expected.Rating, expected.Outcome), Name(actual.Rating, actual.Outcome)));
            }

            CheckGap(failures, expected.Code, Rating.Yellow, expected.GapToYellow, actual.GapTo(Rating.Yellow)?.Missing);
            CheckGap(failures, expected.Code, Rating.Green, expected.GapToGreen, actual.GapTo(Rating.Green)?.Missing);
        }

        return new GoldenCaseResult(golden.Name, failures.Count == 0, failures, score);
    }

    private static void CheckGap(List<LocalizedText> failures, string code, Rating target, decimal? expected, decimal? actual)
    {
        if (expected is not null && expected != (actual ?? 0m))
        {
            var colour = Words.ColourName(target);
            failures.Add(new(
                $"{code}: khoảng cách đến mức {colour.Vi} mong đợi {NumberText.Format(expected.Value, Language.Vi)}, kết quả {NumberText.Format(actual ?? 0m, Language.Vi)}",
                $"{code}: gap to {colour.En} expected {NumberText.Format(expected.Value, Language.En)}, got {NumberText.Format(actual ?? 0m, Language.En)}"));
        }
    }

    private static LocalizedText Mismatch(string whatVi, string whatEn, LocalizedText expected, LocalizedText actual) =>
        new($"{whatVi}: mong đợi {expected.Vi}, kết quả {actual.Vi}", $"{whatEn}: expected {expected.En}, got {actual.En}");

    private static LocalizedText Name(Rating? rating, Outcome outcome) => outcome switch
    {
        Outcome.Rated => rating is { } r ? Words.ColourName(r) : new("chưa có dữ liệu", "no data"),
        Outcome.NoData => new("chưa có dữ liệu", "no data"),
        Outcome.InsufficientData => new("không đủ dữ liệu", "insufficient data"),
        Outcome.NotInForce => new("ngoài hiệu lực", "not in force"),
    };
}
