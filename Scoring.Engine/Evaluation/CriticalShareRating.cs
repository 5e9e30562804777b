using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Red if any critical criterion is red or at least K criteria are red; green if every critical criterion
/// is green (a critical criterion without data blocks green) and at least P % of rated criteria are
/// green; otherwise yellow. Criteria without data are left out of the share unless the rule sets an allowance, beyond
/// which each counts as not green; criteria not in force are left out of everything (a critical one does not block
/// green); a commune without any value is not rated.
/// </summary>
internal static class CriticalShareRating
{
    public static (Rating? Overall, decimal? Points, Verdict Verdict) Decide(CriticalShareAggregation rule, in CriticalShareCounts counts)
    {
        if (counts.CriticalRed)
        {
            return (Rating.Red, null, Verdict.CriticalRed);
        }

        if (counts.Red >= rule.RedCriteriaForRed)
        {
            return (Rating.Red, null, Verdict.TooManyRed);
        }

        return !counts.CriticalNotGreen && counts.Green * 100m >= rule.GreenSharePercent * rule.ShareBase(counts.Rated, counts.Unrated)
            ? (Rating.Green, null, Verdict.Green)
            : (Rating.Yellow, null, Verdict.Yellow);
    }

    /// <summary>The percentage of rated criteria that are green, to 2 decimals: the score shown beside the colour.</summary>
    public static decimal GreenShare(int greenCount, int ratedCount) =>
        Math.Round(greenCount * 100m / ratedCount, 2, MidpointRounding.AwayFromZero);

    public static LocalizedText Explain(CriticalShareAggregation rule, CommuneRating rating, RuleSetTexts texts)
    {
        var reason = Reason(rule, rating, texts);
        return rule.UnratedAllowance is { } allowance && rating.UnratedCount > 0 ? WithUnrated(reason, rating, allowance) : reason;
    }

    private static LocalizedText Reason(CriticalShareAggregation rule, CommuneRating rating, RuleSetTexts texts)
    {
        switch (rating.Verdict)
        {
            case Verdict.CriticalRed:
                return Template.Fill(texts.OverallRedCritical, new Dictionary<string, LocalizedText>
                {
                    ["codes"] = Words.Codes(Codes(rating, c => c.Rating == Rating.Red)),
                });
            case Verdict.TooManyRed:
                return Template.Fill(texts.OverallRedCount, new Dictionary<string, LocalizedText>
                {
                    ["redCount"] = Number(rating.RedCount),
                    ["redLimit"] = Number(rule.RedCriteriaForRed),
                });
        }

        var values = new Dictionary<string, LocalizedText>
        {
            ["greenCount"] = Number(rating.GreenCount),
            ["ratedCount"] = Number(rating.ShareBase),
            ["greenShare"] = ValueText.Both(l => NumberText.Percent(rating.Score!.Value, l)),
            ["requiredShare"] = ValueText.Both(l => NumberText.Percent(rule.GreenSharePercent, l)),
            ["criticalNotGreen"] = Words.Codes(Codes(rating, c => c.Rating != Rating.Green && c.Outcome != Outcome.NotInForce)),
            ["redCount"] = Number(rating.RedCount),
        };
        return Template.Fill(rating.Verdict == Verdict.Green ? texts.OverallGreen : texts.OverallYellow, values);
    }

    /// <summary>
    /// Names the criteria left without a colour and what they did to the share, so a reader sees that reporting less
    /// was not rewarded: "Không có màu: C3, S12 (2 tiêu chí); được miễn 1, 1 tiêu chí tính là chưa xanh."
    /// </summary>
    private static LocalizedText WithUnrated(LocalizedText reason, CommuneRating rating, int allowance)
    {
        var codes = new List<string>();
        foreach (var criterion in rating.Criteria)
        {
            if (criterion.Outcome is Outcome.NoData or Outcome.InsufficientData)
            {
                codes.Add(criterion.Code);
            }
        }

        var (names, count, allowed) = (Words.Codes(codes), rating.UnratedCount, allowance);
        var excess = Math.Max(0, count - allowed);
        var note = excess == 0
            ? new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"Không có màu: {names.Vi} ({count} tiêu chí), trong mức được miễn {allowed}: không tính vào tỷ lệ."),
                string.Create(CultureInfo.InvariantCulture, $"Without a colour: {names.En} ({count} {Plural(count, "criterion", "criteria")}), within the allowance of {allowed}: left out of the share."))
            : new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"Không có màu: {names.Vi} ({count} tiêu chí); được miễn {allowed}, {excess} tiêu chí tính là chưa xanh."),
                string.Create(CultureInfo.InvariantCulture, $"Without a colour: {names.En} ({count} {Plural(count, "criterion", "criteria")}); {allowed} allowed, {excess} counted as not green."));
        return new LocalizedText(reason.Vi + " " + note.Vi, reason.En + " " + note.En);
    }

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static List<string> Codes(CommuneRating rating, Func<CriterionRating, bool> critical)
    {
        var codes = new List<string>();
        foreach (var criterion in rating.Criteria)
        {
            if (criterion.IsCritical && critical(criterion))
            {
                codes.Add(criterion.Code);
            }
        }

        return codes;
    }

    private static LocalizedText Number(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new(text, text);
    }
}
