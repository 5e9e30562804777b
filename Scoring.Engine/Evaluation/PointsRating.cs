using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Sums criterion points and maps the total to a band: ≥ green band is green, ≥ yellow band yellow, else red.</summary>
internal static class PointsRating
{
    public static (Rating? Overall, decimal? Score, LocalizedText Reason) Rate(
        PointsAggregation rule, IReadOnlyList<CriterionResult> results, RuleSetTexts texts, Period period)
    {
        if (results.All(r => r.Outcome != Outcome.Rated) || CriticalShareRating.NothingReported(results))
        {
            return (null, null, Template.Fill(texts.OverallNoData, new Dictionary<string, LocalizedText> { ["period"] = Words.PeriodName(period) }));
        }

        var total = results.Sum(r => r.Points ?? 0m);
        var rating = total >= rule.GreenBand ? Rating.Green : total >= rule.YellowBand ? Rating.Yellow : Rating.Red;
        var reason = Template.Fill(texts.OverallPoints, new Dictionary<string, LocalizedText>
        {
            ["rating"] = Words.ColourName(rating),
            ["points"] = Points(total),
            ["totalPoints"] = Points(rule.TotalPoints),
            ["greenBand"] = Points(rule.GreenBand),
            ["yellowBand"] = Points(rule.YellowBand),
        });
        return (rating, total, reason);
    }

    private static LocalizedText Points(decimal value) => ValueText.Both(l => NumberText.Format(value, l));
}
