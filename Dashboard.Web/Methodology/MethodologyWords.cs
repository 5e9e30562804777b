using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Dashboard.Web.Methodology;

/// <summary>
/// The fixed wording of the Methodology page (how a value is computed, the missing-data rule, the overall method), put
/// together from the MethodWords.* texts of the .resx files; the rule set's own names and reasons come in as arguments.
/// </summary>
public static class MethodologyWords
{
    public static LocalizedText BasisName(ThresholdBasis basis) => basis switch
    {
        ThresholdBasis.Official => UiText.Both("MethodWords.Basis.Official"),
        ThresholdBasis.Adopted => UiText.Both("MethodWords.Basis.Adopted"),
        ThresholdBasis.Proposed => UiText.Both("MethodWords.Basis.Proposed"),
    };

    public static LocalizedText Group(CriterionGroup group) =>
        UiText.Both(group == CriterionGroup.Common ? "MethodWords.Group.Common" : "MethodWords.Group.Specific");

    public static string UnitTypeCode(UnitType type) => type switch
    {
        UnitType.Phuong => "phuong",
        UnitType.Xa => "xa",
        UnitType.DacKhu => "dac_khu",
    };

    private static LocalizedText UnitTypeName(UnitType type) => UiText.Both("MethodWords.UnitTypes." + UnitTypeCode(type));

    public static LocalizedText Validity(Period? from, Period? to) => (from, to) switch
    {
        (null, null) => UiText.Both("MethodWords.Validity.Always"),
        ({ } f, null) => UiText.Both("MethodWords.Validity.From", Words.PeriodName(f)),
        (null, { } t) => UiText.Both("MethodWords.Validity.To", Words.PeriodName(t)),
        ({ } f, { } t) => UiText.Both("MethodWords.Validity.FromTo", Words.PeriodName(f), Words.PeriodName(t)),
    };

    public static LocalizedText AppliesTo(ThresholdOverride o)
    {
        var parts = new List<LocalizedText>();
        if (o.UnitTypes.Count > 0)
        {
            var names = o.UnitTypes.Select(UnitTypeName).ToList();
            parts.Add(new(string.Join(", ", names.Select(n => n.Vi)), string.Join(", ", names.Select(n => n.En))));
        }

        if (o.FromPeriod is not null || o.ToPeriod is not null)
        {
            parts.Add(Validity(o.FromPeriod, o.ToPeriod));
        }

        return parts.Count == 0 ? UiText.Both("MethodWords.EveryUnit") : new(string.Join("; ", parts.Select(p => p.Vi)), string.Join("; ", parts.Select(p => p.En)));
    }

    /// <summary>How the rated value is obtained, in words a ward chair can check against the report.</summary>
    public static LocalizedText Computation(RuleSet rules, Indicator indicator)
    {
        LocalizedText NameOf(string code) => rules.FindIndicator(code)?.Name is { } name ? name : new(code, code);
        if (indicator.Share is { } share)
        {
            return UiText.Both("MethodWords.Computed.Share", NameOf(share.Part), NameOf(share.Whole));
        }

        if (indicator.PerCapita is { } perCapita)
        {
            return UiText.Both("MethodWords.Computed.PerCapita", Number(perCapita.Per), NameOf(perCapita.Of));
        }

        if (indicator.Accumulate is { } accumulate)
        {
            var key = accumulate.Over == AccumulationWindow.YearToDate ? "MethodWords.Computed.YearToDate" : "MethodWords.Computed.Rolling12";
            return UiText.Both(key, NameOf(accumulate.Of));
        }

        var unit = indicator.Unit;
        return indicator.Kind switch
        {
            IndicatorKind.Ratio => UiText.Both("MethodWords.Computed.Ratio", unit ?? UiText.Both("MethodWords.Computed.RatioNoUnit")),
            IndicatorKind.Count => UiText.Both("MethodWords.Computed.Count", unit ?? Empty),
            IndicatorKind.Percentage => UiText.Both("MethodWords.Computed.Percentage"),
            IndicatorKind.YesNo => UiText.Both("MethodWords.Computed.YesNo"),
            _ => UiText.Both("MethodWords.Computed.Task"),
        };
    }

    public static LocalizedText Missing(MissingValuePolicy missing) => missing.Strategy switch
    {
        MissingValueStrategy.Red => UiText.Both("MethodWords.Missing.Red"),
        MissingValueStrategy.CarryForward => UiText.Both(
            missing.WithinYear ? "MethodWords.Missing.CarryForwardWithinYear" : "MethodWords.Missing.CarryForward", Number(missing.Periods)),
        MissingValueStrategy.HoldState => UiText.Both("MethodWords.Missing.HoldState", Number(MissingValuePolicy.HoldStatePeriods)),
        _ => UiText.Both("MethodWords.Missing.NoColour"),
    };

    public static LocalizedText MinDenominator(decimal min, Indicator indicator) =>
        UiText.Both("MethodWords.MinDenominator", Number(min), indicator.Unit ?? Empty);

    public static LocalizedText CriticalShare(CriticalShareAggregation c)
    {
        var codes = string.Join(", ", c.Critical);
        var rule = UiText.Both("MethodWords.CriticalShare", codes, Number(c.RedCriteriaForRed),
            new LocalizedText(NumberText.Percent(c.GreenSharePercent, Language.Vi), NumberText.Percent(c.GreenSharePercent, Language.En)));
        var unrated = c.UnratedAllowance is { } allowed
            ? UiText.Both("MethodWords.UnratedAllowance", Number(allowed))
            : UiText.Both("MethodWords.UnratedLeftOut");
        return new(rule.Vi + unrated.Vi, rule.En + unrated.En);
    }

    public static LocalizedText Points(PointsAggregation p) =>
        UiText.Both("MethodWords.Points", Number(p.TotalPoints), Number(p.GreenBand), Number(p.YellowBand));

    public static LocalizedText Boundary(RuleSet rules)
    {
        var inclusive = rules.Boundary == Scoring.Engine.Model.Boundary.Inclusive;
        var stated = inclusive ? rules.Texts.BoundaryInclusive : rules.Texts.BoundaryExclusive;
        var words = UiText.Both(inclusive ? "MethodWords.Boundary.Inclusive" : "MethodWords.Boundary.Exclusive");
        var exact = UiText.Both("MethodWords.Boundary.Exact");
        return new($"{words.Vi}{exact.Vi} ({stated.Vi})", $"{words.En}{exact.En} ({stated.En})");
    }

    private static LocalizedText Empty { get; } = new("", "");

    private static LocalizedText Number(decimal value) => new(NumberText.Format(value, Language.Vi), NumberText.Format(value, Language.En));
}
