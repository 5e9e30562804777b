using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Yes is green, no is red: there is no partly connected IOC.</summary>
internal static class YesNoRating
{
    public static RatedCriterion Explain(Criterion criterion, IndicatorValue value, RuleSetTexts texts)
    {
        var values = new Dictionary<string, LocalizedText> { ["value"] = value.Flag == true ? new("có", "yes") : new("không", "no") };
        if (value.Flag == true)
        {
            return new RatedCriterion(Rating.Green, Template.Fill(texts.YesNoGreen, values), []);
        }

        var action = Template.Fill(criterion.Action ?? texts.GapYes, new Dictionary<string, LocalizedText> { ["target"] = Words.ColourName(Rating.Green) });
        return new RatedCriterion(Rating.Red, Template.Fill(texts.YesNoRed, values), [new Gap(Rating.Green, null, null, action)]);
    }
}
