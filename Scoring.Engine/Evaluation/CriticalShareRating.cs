using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Red if any critical criterion is red or at least K criteria are red; green if every critical criterion
/// is green (a critical criterion without data blocks green) and at least P % of rated criteria are
/// green; otherwise yellow. Criteria without data are left out of the share; a commune without any value is not rated.
/// </summary>
internal static class CriticalShareRating
{
    public static (Rating? Overall, decimal? Score, LocalizedText Reason) Rate(
        CriticalShareAggregation rule, IReadOnlyList<CriterionResult> results, RuleSetTexts texts, Period period)
    {
        var rated = results.Where(r => r.Outcome == Outcome.Rated).ToList();
        if (rated.Count == 0 || NothingReported(results))
        {
            return (null, null, Template.Fill(texts.OverallNoData, new Dictionary<string, LocalizedText> { ["period"] = Words.PeriodName(period) }));
        }

        var greenCount = rated.Count(r => r.Rating == Rating.Green);
        var redCount = rated.Count(r => r.Rating == Rating.Red);
        var share = Math.Round(greenCount * 100m / rated.Count, 2, MidpointRounding.AwayFromZero);
        var criticalRed = results.Where(r => r.IsCritical && r.Rating == Rating.Red).Select(r => r.Code).ToList();
        var criticalNotGreen = results.Where(r => r.IsCritical && r.Rating != Rating.Green).Select(r => r.Code).ToList();

        if (criticalRed.Count > 0)
        {
            return (Rating.Red, share, Template.Fill(texts.OverallRedCritical, new Dictionary<string, LocalizedText> { ["codes"] = Words.Codes(criticalRed) }));
        }

        if (redCount >= rule.RedCriteriaForRed)
        {
            return (Rating.Red, share, Template.Fill(texts.OverallRedCount, new Dictionary<string, LocalizedText>
            {
                ["redCount"] = Number(redCount),
                ["redLimit"] = Number(rule.RedCriteriaForRed),
            }));
        }

        var values = new Dictionary<string, LocalizedText>
        {
            ["greenCount"] = Number(greenCount),
            ["ratedCount"] = Number(rated.Count),
            ["greenShare"] = ValueText.Both(l => NumberText.Percent(share, l)),
            ["requiredShare"] = ValueText.Both(l => NumberText.Percent(rule.GreenSharePercent, l)),
            ["criticalNotGreen"] = Words.Codes(criticalNotGreen),
            ["redCount"] = Number(redCount),
        };
        var isGreen = criticalNotGreen.Count == 0 && greenCount * 100m >= rule.GreenSharePercent * rated.Count;
        return isGreen
            ? (Rating.Green, share, Template.Fill(texts.OverallGreen, values))
            : (Rating.Yellow, share, Template.Fill(texts.OverallYellow, values));
    }

    /// <summary>
    /// A commune that reported nothing for the period (and has nothing to carry forward) is not rated at all, even if
    /// some criteria rate a missing value red: "not reported" is a reason for a criterion, not a verdict on a commune.
    /// </summary>
    public static bool NothingReported(IReadOnlyList<CriterionResult> results) => results.All(r => r.Value is null);

    private static LocalizedText Number(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new(text, text);
    }
}
