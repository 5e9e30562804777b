using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Rates a ratio, count or percentage and states the gap to every better colour in its unit.</summary>
internal static class NumericExplanation
{
    public static RatedCriterion Rate(
        Criterion criterion, IndicatorValue value, Threshold threshold, Boundary boundary,
        AppliedThreshold explained, LocalizedText valueText, RuleSetTexts texts)
    {
        var kind = criterion.Indicator.Kind;
        var rating = NumericRating.Rate(kind, value, threshold, boundary);
        var template = rating switch
        {
            Rating.Green => texts.Green,
            Rating.Yellow => texts.Yellow,
            Rating.Red => texts.Red,
        };
        var reason = Template.Fill(template, new Dictionary<string, LocalizedText>
        {
            ["value"] = valueText,
            ["green"] = explained.GreenText!,
            ["yellow"] = explained.YellowText!,
            ["boundary"] = explained.BoundaryText,
        });

        var gaps = new List<Gap>();
        if (rating == Rating.Red)
        {
            gaps.Add(GapTo(Rating.Yellow, threshold.Yellow!.Value));
        }

        if (rating != Rating.Green)
        {
            gaps.Add(GapTo(Rating.Green, threshold.Green!.Value));
        }

        return new RatedCriterion(rating, reason, gaps, NumericRating.Effort(kind, value, threshold));

        Gap GapTo(Rating target, decimal cut)
        {
            var missing = NumericRating.AmountToReach(kind, value, cut, threshold.Direction, boundary);
            return NumericGap(criterion, threshold.Direction, target, missing, texts);
        }
    }

    public static Gap NumericGap(Criterion criterion, Direction direction, Rating target, decimal missing, RuleSetTexts texts)
    {
        var unit = criterion.Indicator.Kind == IndicatorKind.Percentage
            ? Words.PercentagePoints
            : criterion.Indicator.Unit ?? new LocalizedText("", "");
        var template = criterion.Action ?? (direction == Direction.HigherIsBetter ? texts.GapMore : texts.GapLess);
        var action = Template.Fill(template, new Dictionary<string, LocalizedText>
        {
            ["missing"] = ValueText.Both(l => NumberText.Format(missing, l)),
            ["unit"] = Words.UnitFor(missing, unit),
            ["target"] = Words.ColourName(target),
        });
        return new Gap(target, missing, unit, action);
    }
}
