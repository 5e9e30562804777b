using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Dashboard.Web.Methodology;

/// <summary>Describes a rule set for people: pure, from the parsed rules only, so the page and the API cannot disagree.</summary>
public static class MethodologyBuilder
{
    public static MethodologyDto Build(RuleSet rules, Period period)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var critical = rules.Aggregation is CriticalShareAggregation c ? c.Critical.ToHashSet(StringComparer.Ordinal) : [];
        return new MethodologyDto(
            period, rules.Id, rules.Version, rules.EffectiveFrom, rules.Sha256, rules.Title,
            MethodologyWords.Boundary(rules),
            Overall(rules.Aggregation),
            [.. rules.Criteria.Select(criterion => Criterion(rules, criterion, critical.Contains(criterion.Code), period))]);
    }

    private static MethodCriterionDto Criterion(RuleSet rules, Criterion c, bool isCritical, Period period) => new(
        c.Code, c.Code, c.Name, Camel(c.Group.ToString()), MethodologyWords.Group(c.Group), isCritical, c.IsInForce(period),
        c.EffectiveFrom, c.EffectiveTo, MethodologyWords.Validity(c.EffectiveFrom, c.EffectiveTo),
        c.LegalReference.Plan, c.LegalReference.Supporting,
        Indicator(rules, c.Indicator), [.. c.ContextIndicators.Select(i => Indicator(rules, i))],
        Threshold(rules, c.Indicator, c.Threshold),
        [.. c.Overrides.Select(o => new MethodOverrideDto(
            [.. o.UnitTypes.Select(MethodologyWords.UnitTypeCode)], o.FromPeriod, o.ToPeriod,
            MethodologyWords.AppliesTo(o), Threshold(rules, c.Indicator, o.Threshold), o.Reason))],
        Camel(c.Missing.Strategy.ToString()), MethodologyWords.Missing(c.Missing),
        c.MinDenominator, c.MinDenominator is { } min ? MethodologyWords.MinDenominator(min, c.Indicator) : null,
        rules.Changes?.For(c.Code) is { } note ? new MethodChangeNoteDto(rules.Changes.From, note) : null);

    private static MethodIndicatorDto Indicator(RuleSet rules, Indicator indicator) =>
        new(indicator.Code, Camel(indicator.Kind.ToString()), indicator.Name, indicator.Unit, MethodologyWords.Computation(rules, indicator));

    private static MethodThresholdDto Threshold(RuleSet rules, Indicator indicator, Threshold t)
    {
        var numeric = t.Green is not null && t.Yellow is not null;
        return new MethodThresholdDto(
            numeric ? Camel(t.Direction.ToString()) : null, t.Green, t.Yellow, t.Deadline,
            numeric ? CutText.Of(indicator, t.Green!.Value, t.Direction, rules.Boundary) : null,
            numeric ? CutText.Of(indicator, t.Yellow!.Value, t.Direction, rules.Boundary) : null,
            t.Deadline is null ? null : Words.DateName(t.Deadline),
            Camel(t.Basis.ToString()), MethodologyWords.BasisName(t.Basis), t.Source, Reference(t.Reference), t.Rationale);
    }

    private static OverallMethodDto Overall(Aggregation aggregation)
    {
        var (basis, name) = aggregation.Basis is { } b ? (Camel(b.ToString()), MethodologyWords.BasisName(b)) : ((string?)null, (LocalizedText?)null);
        return aggregation switch
        {
            CriticalShareAggregation c => new OverallMethodDto(
                "criticalShare", MethodologyWords.CriticalShare(c), c.Critical, c.RedCriteriaForRed, c.GreenSharePercent, c.UnratedAllowance,
                null, null, null, basis, name, Reference(aggregation.Reference), aggregation.Rationale, c.CriticalRationale),
            PointsAggregation p => new OverallMethodDto(
                "points", MethodologyWords.Points(p), [], null, null, null, p.TotalPoints, p.GreenBand, p.YellowBand,
                basis, name, Reference(aggregation.Reference), aggregation.Rationale, null),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
        };
    }

    private static ReferenceDto? Reference(SourceReference? reference) => reference is null
        ? null
        : new ReferenceDto(reference.Document, reference.Date, reference.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), reference.Clause);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
