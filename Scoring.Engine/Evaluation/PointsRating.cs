using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Sums criterion points and maps the total to a band: ≥ green band is green, ≥ yellow band yellow, else red.</summary>
internal static class PointsRating
{
    public static (Rating? Overall, decimal? Points, Verdict Verdict) Decide(PointsAggregation rule, CriterionRating[] criteria)
    {
        var total = 0m;
        foreach (var criterion in criteria)
        {
            total += criterion.Points ?? 0m;
        }

        var rating = total >= rule.GreenBand ? Rating.Green : total >= rule.YellowBand ? Rating.Yellow : Rating.Red;
        return (rating, total, Verdict.PointsBand);
    }

    public static LocalizedText Explain(PointsAggregation rule, CommuneRating rating, RuleSetTexts texts) =>
        Template.Fill(texts.OverallPoints, new Dictionary<string, LocalizedText>
        {
            ["rating"] = Words.ColourName(rating.RawOverall!.Value),
            ["points"] = Points(rating.Score!.Value),
            ["totalPoints"] = Points(rule.TotalPoints),
            ["greenBand"] = Points(rule.GreenBand),
            ["yellowBand"] = Points(rule.YellowBand),
        });

    private static LocalizedText Points(decimal value) => ValueText.Both(l => NumberText.Format(value, l));
}
