using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Puts one rated criterion into words: the value as shown, the sentence, the gaps, the context values.</summary>
internal static class CriterionExplainer
{
    public static CriterionResult Explain(CommuneRating rating, RuleSetIndex index, CompiledCriterion compiled, in CriterionRating rated)
    {
        var criterion = compiled.Criterion;
        var indicator = criterion.Indicator;
        var texts = rating.Rules.Texts;
        var (threshold, applied, reported) = (rated.Threshold, rated.Override, rated.Value);
        var explained = index.Explained(criterion, applied, () => ExplainThreshold(rating.Rules, indicator, threshold, applied));
        var contextValues = new List<IndicatorValue>(compiled.ContextSlots.Length);
        foreach (var slot in compiled.ContextSlots)
        {
            if (slot >= 0 && rating.Values.Find(slot, rating.Period) is { } value)
            {
                contextValues.Add(value);
            }
        }

        var (effort, points, isCritical, stability) = (rated.Effort, rated.Points, rated.IsCritical, rated.Stability);
        CriterionResult Result(Outcome outcome, Rating? rating, MeasuredValue? value, IReadOnlyList<Gap> gaps, LocalizedText reason) =>
            new(criterion.Code, criterion.Group, criterion.Name, indicator.Kind, isCritical, outcome, rating, value,
                explained, gaps, WithOverrideReason(reason, applied), contextValues, points, effort, stability);

        if (rated.Outcome == Outcome.NotInForce)
        {
            // No override reason: the criterion is not rated, so no threshold applies to it.
            return new(criterion.Code, criterion.Group, criterion.Name, indicator.Kind, isCritical, Outcome.NotInForce, null, null,
                explained, [], Words.NotInForce(criterion, rating.Period), contextValues, points, effort, stability);
        }

        if (reported is null)
        {
            var period = new Dictionary<string, LocalizedText> { ["period"] = Words.PeriodName(rating.Period) };
            return rated.Outcome == Outcome.Rated
                ? Result(Outcome.Rated, Rating.Red, null, [ProvideData(texts, Rating.Green)], Template.Fill(texts.MissingIsRed, period))
                : Result(Outcome.NoData, null, null, [], NotCarriedAcrossYear(
                    WithoutPopulation(Template.Fill(texts.NoData, period), indicator, rating.Values.Population), criterion.Missing, rating.Period));
        }

        if (rated.Outcome == Outcome.InsufficientData)
        {
            return Result(Outcome.InsufficientData, null, null, [], Template.Fill(texts.InsufficientData, new Dictionary<string, LocalizedText>
            {
                ["whole"] = ValueText.Both(l => NumberText.Format(reported.Whole!.Value, l)),
                ["unit"] = indicator.Unit ?? new LocalizedText("", ""),
                ["minDenominator"] = ValueText.Both(l => NumberText.Format(criterion.MinDenominator ?? 1m, l)),
            }));
        }

        var isPercentageOnly = RatedKind.IsPercentageOnly(indicator.Kind, reported);
        var percent = indicator.Kind != IndicatorKind.Ratio ? (decimal?)null
            : isPercentageOnly ? reported.Number!.Value
            : Math.Round(reported.Number!.Value * 100m / reported.Whole!.Value, 2, MidpointRounding.AwayFromZero);
        // A held state from an earlier period is not stale (it is a state, not an old measurement); it says when it was reported.
        var isEarlier = reported.Period != rating.Period;
        var isHeld = isEarlier && criterion.Missing.Strategy == MissingValueStrategy.HoldState;
        var isStale = isEarlier && !isHeld;
        var measured = new MeasuredValue(reported, percent, reported.Period, isStale, ValueText.Value(indicator, reported, percent));
        var words = indicator.Kind switch
        {
            IndicatorKind.YesNo => YesNoRating.Explain(criterion, reported, texts),
            IndicatorKind.Task => TaskRating.Explain(criterion, reported, threshold, rating.AsOf, rated.RawRating!.Value, texts),
            _ => NumericExplanation.Explain(rated, explained, measured.Text, texts),
        };

        var reason = isEarlier
            ? Append(words.Reason, Template.Fill(isHeld ? texts.Held : texts.Stale, new Dictionary<string, LocalizedText> { ["valuePeriod"] = Words.PeriodName(reported.Period) }))
            : words.Reason;
        if (isPercentageOnly && criterion.MinDenominator is not null)
        {
            // Rated on the percentage: the minimum denominator has no count to apply to, and none is invented.
            reason = Append(reason, MinDenominatorNotApplicable);
        }

        if (indicator.Accumulate is { } accumulate)
        {
            reason = Append(reason, Accumulated(rating.Values, index.Layout.SlotOf(accumulate.Of), indicator.Kind, accumulate, reported.Period));
        }

        if (indicator.PerCapita is not null && rating.Values.Population is { } population)
        {
            reason = Append(reason, PopulationUsed(population));
        }

        if (stability is not null && StabilitySentence(criterion, indicator, rated, stability, percent) is { } said)
        {
            reason = Append(reason, said);
        }

        return Result(Outcome.Rated, rated.Rating, measured, words.Gaps, reason);
    }

    /// <summary>What the stability rule did, with the value and the cut it crossed for a numeric criterion.</summary>
    private static LocalizedText? StabilitySentence(Criterion criterion, Indicator indicator, in CriterionRating rated, ColourStability stability, decimal? percent)
    {
        var rule = criterion.Stability!;
        if (stability.Decision == StabilityDecision.Unchanged)
        {
            return null;
        }

        var value = rated.Value!;
        var kind = RatedKind.Of(rated.Criterion.Indicator.RatedAs, value);
        if (kind is not (IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage))
        {
            return StabilityWords.Criterion(rule, stability, null, null);
        }

        var threshold = rated.Threshold;
        var worse = stability.Raw < stability.Earlier;
        var cut = worse
            ? (stability.Earlier == Rating.Green ? threshold.Green!.Value : threshold.Yellow!.Value)
            : (stability.Earlier == Rating.Red ? threshold.Yellow!.Value : threshold.Green!.Value);
        var measure = NumericRating.Measure(kind, value);
        var inPercent = indicator.PerCapita is null && indicator.Kind is IndicatorKind.Ratio or IndicatorKind.Percentage;
        var unit = indicator.Unit;
        LocalizedText Amount(decimal amount) => inPercent
            ? ValueText.Both(l => NumberText.Percent(amount, l))
            : ValueText.Both(l => NumberText.Format(amount, l) + (unit is null ? "" : " " + Words.UnitFor(amount, unit).In(l)));
        var shown = inPercent && percent is { } rounded ? rounded : Math.Round(measure, 2, MidpointRounding.AwayFromZero);
        var band = rule.DeadBand is { } width
            ? inPercent
                ? ValueText.Both(l => NumberText.Format(width, l) + " " + Words.UnitFor(width, Words.PercentagePoints).In(l))
                : Amount(width)
            : null;
        return StabilityWords.Criterion(rule, stability, (Amount(shown), Amount(cut), measure.CompareTo(cut)), band);
    }

    private static readonly LocalizedText MinDenominatorNotApplicable = new(
        "Mẫu số tối thiểu: không áp dụng, báo cáo không có số lượng.", "Minimum denominator: not applicable, no count reported.");

    /// <summary>Names the months of the window ending at <paramref name="period"/> that the sum was made of, and those missing.</summary>
    private static LocalizedText Accumulated(CommuneValues values, int sourceSlot, IndicatorKind kind, AccumulationOf accumulate, Period period)
    {
        var (reported, missing) = (new List<Period>(12), new List<Period>(12));
        foreach (var month in accumulate.FirstOf(period).Through(period))
        {
            // A ratio month reported as a percentage only has no part and whole to add: it is left out of the sum.
            (values.Find(sourceSlot, month) is not { } value || RatedKind.IsPercentageOnly(kind, value) ? missing : reported).Add(month);
        }

        return Words.Accumulated(accumulate, period, reported, missing);
    }

    public static Gap ProvideData(RuleSetTexts texts, Rating target) =>
        new(target, null, null, Template.Fill(texts.GapProvideData, new Dictionary<string, LocalizedText> { ["target"] = Words.ColourName(target) }));

    private static AppliedThreshold ExplainThreshold(RuleSet rules, Indicator indicator, Threshold threshold, ThresholdOverride? applied)
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

    /// <summary>The reference figure a per-capita value was computed with, named so that it can be checked: it is pinned with the rating.</summary>
    private static LocalizedText PopulationUsed(ReferencePopulation population) => new(
        $"(Dân số dùng để tính: {NumberText.Format(population.Residents, Language.Vi)} người, {population.Source.Vi}.)",
        $"(Population used: {NumberText.Format(population.Residents, Language.En)}, {population.Source.En}.)");

    /// <summary>A per-capita indicator of a unit without a population has no value: the sentence says why.</summary>
    private static LocalizedText WithoutPopulation(LocalizedText reason, Indicator indicator, ReferencePopulation? population) =>
        indicator.PerCapita is { } perCapita && population is not { Residents: > 0 }
            ? Append(reason, new(
                $"Chưa có dân số của đơn vị nên không tính được giá trị trên {NumberText.Format(perCapita.Per, Language.Vi)} dân.",
                $"The unit's population is not known, so no value per {NumberText.Format(perCapita.Per, Language.En)} residents can be computed."))
            : reason;

    /// <summary>
    /// Under withinYear the carry stops at January: says so when the allowed periods would otherwise have reached into the
    /// previous year, so a grey January is not read as a commune that stopped reporting.
    /// </summary>
    private static LocalizedText NotCarriedAcrossYear(LocalizedText reason, MissingValuePolicy missing, Period period) =>
        missing.WithinYear && missing.LookBack > missing.LookBackFrom(period)
            ? Append(reason, new(
                $"Giá trị của năm {period.Year - 1} không được mang sang năm {period.Year} (chỉ tiêu tính trong năm).",
                $"Values of {period.Year - 1} are not carried into {period.Year} (the indicator counts within the calendar year)."))
            : reason;

    private static LocalizedText WithOverrideReason(LocalizedText reason, ThresholdOverride? applied) =>
        applied?.Reason is null ? reason : Append(reason, applied.Reason);

    private static LocalizedText Append(LocalizedText first, LocalizedText second) => new(first.Vi + " " + second.Vi, first.En + " " + second.En);
}

/// <summary>A criterion's colour in words: its sentence and gaps, before the common fields are added.</summary>
internal sealed record RatedCriterion(Rating Rating, LocalizedText Reason, IReadOnlyList<Gap> Gaps);
