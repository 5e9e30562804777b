using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Explains a rated ratio, count or percentage: the sentence, and the gap to every better colour in its unit.</summary>
internal static class NumericExplanation
{
    public static RatedCriterion Explain(in CriterionRating rated, AppliedThreshold explained, LocalizedText valueText, RuleSetTexts texts)
    {
        var rating = rated.RawRating!.Value;
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

        var gaps = new List<Gap>(2);
        if (rated.ToYellow is { } toYellow)
        {
            gaps.Add(NumericGap(rated.Criterion, rated.Value!, rated.Threshold.Direction, Rating.Yellow, toYellow, texts));
        }

        if (rated.ToGreen is { } toGreen)
        {
            gaps.Add(NumericGap(rated.Criterion, rated.Value!, rated.Threshold.Direction, Rating.Green, toGreen, texts));
        }

        return new RatedCriterion(rating, reason, gaps);
    }

    /// <remarks>The unit follows the value: a ratio reported as a percentage only is short of percentage points (<see cref="RatedKind"/>).</remarks>
    public static Gap NumericGap(Criterion criterion, IndicatorValue value, Direction direction, Rating target, decimal missing, RuleSetTexts texts)
    {
        var unit = RatedKind.Of(criterion.Indicator.Kind, value) == IndicatorKind.Percentage
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
