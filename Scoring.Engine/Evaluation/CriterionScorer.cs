using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Rates one criterion for one commune and period, and explains the result.</summary>
internal static class CriterionScorer
{
    public static CriterionResult Score(ScoringContext context, Criterion criterion)
    {
        var (threshold, applied) = criterion.ThresholdFor(context.Commune.UnitType, context.Period);
        var indicator = criterion.Indicator;
        var texts = context.Rules.Texts;
        var explained = context.Index.Explained(criterion, applied, () => Explain(context.Rules, indicator, threshold, applied));
        var reported = context.Values.FindWithCarry(indicator.Code, context.Period, criterion.Missing);
        var contextValues = criterion.ContextIndicators
            .Select(i => context.Values.Find(i.Code, context.Period))
            .OfType<IndicatorValue>()
            .ToList();

        CriterionResult Result(Outcome outcome, Rating? rating, MeasuredValue? value, IReadOnlyList<Gap> gaps, LocalizedText reason, decimal effort) =>
            new(criterion.Code, criterion.Group, criterion.Name, indicator.Kind, context.IsCritical(criterion.Code), outcome, rating, value,
                explained, gaps, WithOverrideReason(reason, applied), contextValues,
                PointsCalculator.Earned(criterion, indicator, threshold, reported, rating, context.AsOf), effort);

        var periodName = Words.PeriodName(context.Period);
        if (reported is null)
        {
            return criterion.Missing.Strategy == MissingValueStrategy.Red
                ? Result(Outcome.Rated, Rating.Red, null, [ProvideData(texts, Rating.Green)],
                    Template.Fill(texts.MissingIsRed, new Dictionary<string, LocalizedText> { ["period"] = periodName }), 1m)
                : Result(Outcome.NoData, null, null, [],
                    Template.Fill(texts.NoData, new Dictionary<string, LocalizedText> { ["period"] = periodName }), 1m);
        }

        if (indicator.Kind == IndicatorKind.Ratio && (reported.Whole == 0 || reported.Whole < criterion.MinDenominator))
        {
            var unit = indicator.Unit ?? new LocalizedText("", "");
            return Result(Outcome.InsufficientData, null, null, [], Template.Fill(texts.InsufficientData, new Dictionary<string, LocalizedText>
            {
                ["whole"] = ValueText.Both(l => NumberText.Format(reported.Whole!.Value, l)),
                ["unit"] = unit,
                ["minDenominator"] = ValueText.Both(l => NumberText.Format(criterion.MinDenominator ?? 1m, l)),
            }), 1m);
        }

        var percent = indicator.Kind == IndicatorKind.Ratio
            ? Math.Round(reported.Number!.Value * 100m / reported.Whole!.Value, 2, MidpointRounding.AwayFromZero)
            : (decimal?)null;
        var isStale = reported.Period != context.Period;
        var measured = new MeasuredValue(reported, percent, reported.Period, isStale, ValueText.Value(indicator, reported, percent));
        var rated = indicator.Kind switch
        {
            IndicatorKind.YesNo => YesNoRating.Rate(criterion, reported, texts),
            IndicatorKind.Task => TaskRating.Rate(criterion, reported, threshold, context.AsOf, texts),
            _ => NumericExplanation.Rate(criterion, reported, threshold, context.Rules.Boundary, explained, measured.Text, texts),
        };

        var reason = isStale
            ? Append(rated.Reason, Template.Fill(texts.Stale, new Dictionary<string, LocalizedText> { ["valuePeriod"] = Words.PeriodName(reported.Period) }))
            : rated.Reason;
        return Result(Outcome.Rated, rated.Rating, measured, rated.Gaps, reason, rated.Effort);
    }

    public static Gap ProvideData(RuleSetTexts texts, Rating target) =>
        new(target, null, null, Template.Fill(texts.GapProvideData, new Dictionary<string, LocalizedText> { ["target"] = Words.ColourName(target) }));

    private static AppliedThreshold Explain(RuleSet rules, Indicator indicator, Threshold threshold, ThresholdOverride? applied)
    {
        var boundaryText = rules.Boundary == Boundary.Inclusive ? rules.Texts.BoundaryInclusive : rules.Texts.BoundaryExclusive;
        var numeric = threshold.Green is not null && threshold.Yellow is not null;
        return new AppliedThreshold(
            threshold,
            applied,
            numeric ? ValueText.Cut(indicator, threshold.Green!.Value, threshold.Direction, rules.Boundary) : null,
            numeric ? ValueText.Cut(indicator, threshold.Yellow!.Value, threshold.Direction, rules.Boundary) : null,
            boundaryText);
    }

    private static LocalizedText WithOverrideReason(LocalizedText reason, ThresholdOverride? applied) =>
        applied?.Reason is null ? reason : Append(reason, applied.Reason);

    private static LocalizedText Append(LocalizedText first, LocalizedText second) => new(first.Vi + " " + second.Vi, first.En + " " + second.En);
}

/// <summary>A criterion's colour with its sentence, gaps and effort, before the common fields are added.</summary>
internal sealed record RatedCriterion(Rating Rating, LocalizedText Reason, IReadOnlyList<Gap> Gaps, decimal Effort);
