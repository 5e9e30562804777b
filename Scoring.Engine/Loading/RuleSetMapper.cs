using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Turns a validated document into the immutable model. Only called after validation passed.</summary>
internal static class RuleSetMapper
{
    public static RuleSet Map(RuleSetDocument document, string sha256)
    {
        var indicators = document.Indicators!.Select(MapIndicator).ToList();
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var criteria = document.Criteria!.Select(c => MapCriterion(c, byCode)).ToList();
        return new RuleSet(
            document.Id!,
            document.Version!.Value,
            Period.Parse(document.EffectiveFrom!),
            Text(document.Title)!,
            Vocabulary.Boundaries[document.Boundary!],
            MapAggregation(document.Aggregation!),
            MapTexts(document.Texts!),
            indicators,
            criteria,
            sha256)
        {
            Cases = GoldenCaseMapper.Map(document.Cases),
            Changes = MapChanges(document.Changes),
            PeerGroups = document.PeerGroups is { } peers
                ? new PeerGroupRules(peers.PopulationBands!, peers.MinGroupSize!.Value) { Rationale = Text(peers.Rationale) }
                : PeerGroupRules.Default,
        };
    }

    private static StabilityRule? MapStability(StabilityDocument? d) => d is null ? null : new(d.HoldPeriods, d.DeadBand, Text(d.Rationale));

    private static RuleChangeNotes? MapChanges(ChangeNotesDocument? d) => d is null ? null : new(
        d.From!.Value,
        Text(d.Summary),
        (d.Criteria ?? []).Select(c => new CriterionChangeNote(c.Code!, new LocalizedText(c.Vi!, string.IsNullOrWhiteSpace(c.En) ? c.Vi! : c.En))).ToList());

    private static Indicator MapIndicator(IndicatorDocument d) =>
        new(d.Code!, Vocabulary.Kinds[d.Kind!], Text(d.Name)!, Text(d.Unit), d.SaneMax, d.Share is null ? null : new ShareOf(d.Share.Part!, d.Share.Whole!),
            d.Accumulate is null ? null : new AccumulationOf(d.Accumulate.Of!, Vocabulary.Windows[d.Accumulate.Over!]),
            d.PerCapita is null ? null : new PerCapitaOf(d.PerCapita.Of!, d.PerCapita.Per!.Value));

    private static Criterion MapCriterion(CriterionDocument d, Dictionary<string, Indicator> indicators)
    {
        var threshold = MapThreshold(d.Threshold!);
        var overrides = (d.Overrides ?? []).Select(o => new ThresholdOverride(
            (o.UnitTypes ?? []).Select(t => Vocabulary.UnitTypes[t]).ToList(),
            o.FromPeriod is null ? null : Period.Parse(o.FromPeriod),
            o.ToPeriod is null ? null : Period.Parse(o.ToPeriod),
            threshold with
            {
                Green = o.Green ?? threshold.Green,
                Yellow = o.Yellow ?? threshold.Yellow,
                Deadline = o.Deadline is null ? threshold.Deadline : ParseDate(o.Deadline),
                Basis = o.Basis is null ? threshold.Basis : Vocabulary.Bases[o.Basis],
                Source = o.Source ?? threshold.Source,
                // An override with its own basis is its own claim: it does not borrow the default's document or reason.
                Reference = MapReference(o.Reference) ?? (o.Basis is null ? threshold.Reference : null),
                Rationale = Text(o.Rationale) ?? (o.Basis is null ? threshold.Rationale : null),
            },
            Text(o.Reason))).ToList();
        var missing = d.Missing is null
            ? MissingValuePolicy.Default
            : new MissingValuePolicy(Vocabulary.MissingStrategies[d.Missing.Strategy!], d.Missing.Periods ?? 0) { WithinYear = d.Missing.WithinYear ?? false };

        return new Criterion(
            d.Code!,
            Vocabulary.Groups[d.Group!],
            Text(d.Name)!,
            new LegalReference(d.LegalReference!.Plan!, d.LegalReference.Supporting),
            indicators[d.Indicator!],
            (d.ContextIndicators ?? []).Select(code => indicators[code]).ToList(),
            threshold,
            overrides,
            d.MinDenominator,
            missing,
            d.Points is null ? null : new CriterionPoints(d.Points.MaxPoints!.Value, d.Points.FullScoreAt),
            Text(d.Action))
        {
            EffectiveFrom = d.EffectiveFrom is null ? null : Period.Parse(d.EffectiveFrom),
            EffectiveTo = d.EffectiveTo is null ? null : Period.Parse(d.EffectiveTo),
            Stability = MapStability(d.Stability),
        };
    }

    private static Threshold MapThreshold(ThresholdDocument d) => new(
        d.Direction is null ? Direction.HigherIsBetter : Vocabulary.Directions[d.Direction],
        d.Green,
        d.Yellow,
        d.Deadline is null ? null : ParseDate(d.Deadline),
        Vocabulary.Bases[d.Basis!],
        d.Source!)
    {
        Reference = MapReference(d.Reference),
        Rationale = Text(d.Rationale),
    };

    private static SourceReference? MapReference(ReferenceDocument? d) =>
        d is null ? null : new(Blank(d.Document), d.Date is null ? null : ParseDate(d.Date), Blank(d.Clause));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Aggregation MapAggregation(AggregationDocument d)
    {
        Aggregation method = d.Method == Vocabulary.Points
            ? new PointsAggregation(d.Points!.TotalPoints!.Value, d.Points.Bands!.Green!.Value, d.Points.Bands.Yellow!.Value)
            : new CriticalShareAggregation(
                d.CriticalShare!.Critical!, d.CriticalShare.RedCriteriaForRed!.Value, d.CriticalShare.GreenSharePercent!.Value, d.CriticalShare.UnratedAllowance)
            {
                CriticalRationale = Text(d.CriticalShare.CriticalRationale),
            };
        return method with
        {
            Basis = d.Basis is null ? null : Vocabulary.Bases[d.Basis],
            Reference = MapReference(d.Reference),
            Rationale = Text(d.Rationale),
            Stability = MapStability(d.Stability),
        };
    }

    private static RuleSetTexts MapTexts(TextsDocument d) => new(
        Text(d.BoundaryInclusive)!, Text(d.BoundaryExclusive)!, Text(d.Green)!, Text(d.Yellow)!, Text(d.Red)!,
        Text(d.YesNoGreen)!, Text(d.YesNoRed)!, Text(d.TaskDone)!, Text(d.TaskDoneLate)!, Text(d.TaskPending)!,
        Text(d.TaskOverdue)!, Text(d.NoData)!, Text(d.MissingIsRed)!, Text(d.InsufficientData)!, Text(d.Stale)!,
        Text(d.GapMore)!, Text(d.GapLess)!, Text(d.GapYes)!, Text(d.GapTask)!, Text(d.GapProvideData)!,
        Text(d.OverallGreen)!, Text(d.OverallYellow)!, Text(d.OverallRedCritical)!, Text(d.OverallRedCount)!,
        Text(d.OverallPoints)!, Text(d.OverallNoData)!)
    {
        Held = Text(d.Held) ?? RuleSetTexts.DefaultHeld,
    };

    /// <summary>English falls back to Vietnamese: the UI is Vietnamese first, so only vi is required.</summary>
    private static LocalizedText? Text(LocalizedTextDocument? d) => d?.Vi is null ? null : new(d.Vi, string.IsNullOrWhiteSpace(d.En) ? d.Vi : d.En);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
