using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Maps validated golden-case documents to the model.</summary>
internal static class GoldenCaseMapper
{
    public static IReadOnlyList<GoldenCase> Map(IEnumerable<GoldenCaseDocument>? cases) => (cases ?? []).Select(Map).ToList();

    private static GoldenCase Map(GoldenCaseDocument d)
    {
        var period = Period.Parse(d.Period!);
        var values = (d.Values ?? []).Select(v => new IndicatorValue(
            v.Indicator!,
            v.Period is null ? period : Period.Parse(v.Period),
            Number: v.Part ?? v.Number,
            Whole: v.Whole,
            Flag: v.Flag,
            Task: v.Task is null ? null : Vocabulary.TaskStates[v.Task],
            CompletedOn: v.CompletedOn is null ? null : Date(v.CompletedOn))).ToList();
        var expected = (d.Expect!.Criteria ?? []).Select(c =>
        {
            var (outcome, rating) = Vocabulary.Results[c.Rating!];
            return new GoldenCriterionExpectation(c.Code!, outcome, rating, c.GapToYellow, c.GapToGreen);
        }).ToList();
        var overall = d.Expect.Overall is null || d.Expect.Overall == "noData" ? (Rating?)null : Vocabulary.Results[d.Expect.Overall].Rating;
        return new GoldenCase(d.Name!, Vocabulary.UnitTypes[d.UnitType!], period, d.AsOf is null ? period.LastDay : Date(d.AsOf), values,
            d.Expect.Overall is not null, overall, expected, d.Population);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
