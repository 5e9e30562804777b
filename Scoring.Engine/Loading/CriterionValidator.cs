using System.Text.RegularExpressions;
using FluentValidation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Validates one criterion against the indicators and boundary convention of its rule file.</summary>
internal sealed partial class CriterionValidator : AbstractValidator<CriterionDocument>
{
    public CriterionValidator(RuleSetDocument document)
    {
        var indicators = IndicatorReferences.ByCode(document);
        var exclusive = document.Boundary == "exclusive";

        RuleFor(c => c).Custom((criterion, context) =>
        {
            if (criterion.Code is null)
            {
                context.Fail("Code", "required");
            }
            else if (!CodePattern().IsMatch(criterion.Code))
            {
                context.Fail("Code", "code.invalid", criterion.Code, CodePattern().ToString());
            }

            context.RequireEnum("Group", criterion.Group, Vocabulary.Names(Vocabulary.Groups));
            context.RequireVi("Name", criterion.Name);
            if (string.IsNullOrWhiteSpace(criterion.LegalReference?.Plan))
            {
                context.Fail("LegalReference.Plan", "required");
            }

            var indicator = context.Referenced("Indicator", criterion.Indicator, indicators);
            for (var i = 0; i < (criterion.ContextIndicators?.Count ?? 0); i++)
            {
                context.Referenced($"ContextIndicators[{i}]", criterion.ContextIndicators![i], indicators);
            }

            RuleSetValidator.CheckPlaceholders(context, "Action", criterion.Action, TemplatePlaceholders.Action);
            ValidateMissing(criterion.Missing, context);
            ValidateValidity(criterion, context);
            if (criterion.Points?.MaxPoints is <= 0)
            {
                context.Fail("Points.MaxPoints", "number.notPositive", criterion.Points.MaxPoints);
            }

            if (criterion.Points?.FullScoreAt is <= 0)
            {
                context.Fail("Points.FullScoreAt", "number.notPositive", criterion.Points.FullScoreAt);
            }

            if (indicator?.Kind is not { } kindName || !Vocabulary.Kinds.TryGetValue(kindName, out var kind))
            {
                return;
            }

            if (criterion.Missing?.Strategy == "holdState" && kind is not (Model.IndicatorKind.Task or Model.IndicatorKind.YesNo))
            {
                // A measurement (a ratio, a count) goes out of date; only a state such as "done" or "connected" holds.
                context.Fail("Missing.Strategy", "missing.holdStateKind", kindName);
            }

            if (criterion.MinDenominator is not null && kind != Model.IndicatorKind.Ratio)
            {
                context.Fail("MinDenominator", "minDenominator.notRatio");
            }
            else if (criterion.MinDenominator is <= 0)
            {
                context.Fail("MinDenominator", "number.notPositive", criterion.MinDenominator);
            }

            ThresholdRules.Validate(criterion, kind, exclusive, context);
            StabilityRules.Validate(criterion.Stability, "Stability", kindName, overall: false, context);
        });
    }

    private static void ValidateMissing(MissingValueDocument? missing, ValidationContext<CriterionDocument> context)
    {
        if (missing is null)
        {
            return;
        }

        context.RequireEnum("Missing.Strategy", missing.Strategy, Vocabulary.Names(Vocabulary.MissingStrategies));
        var carries = missing.Strategy == "carryForward";
        if (carries ? missing.Periods is not (>= 1 and <= 12) : missing.Periods is not null)
        {
            context.Fail("Missing.Periods", "missing.periods");
        }

        if (missing.WithinYear == true && !carries)
        {
            context.Fail("Missing.WithinYear", "missing.withinYear");
        }
    }

    /// <summary>
    /// effectiveFrom/effectiveTo: well-formed periods, in order. A criterion may end before the rule set takes effect:
    /// a version published from a later period keeps the transition tasks it retired, never rated, as its history.
    /// </summary>
    private static void ValidateValidity(CriterionDocument criterion, ValidationContext<CriterionDocument> context)
    {
        var fromValid = Period.TryParse(criterion.EffectiveFrom, out var from);
        var toValid = Period.TryParse(criterion.EffectiveTo, out var to);
        if (criterion.EffectiveFrom is not null && !fromValid)
        {
            context.Fail("EffectiveFrom", "period.invalid", criterion.EffectiveFrom);
        }

        if (criterion.EffectiveTo is not null && !toValid)
        {
            context.Fail("EffectiveTo", "period.invalid", criterion.EffectiveTo);
        }

        if (fromValid && toValid && from > to)
        {
            context.Fail("EffectiveFrom", "validity.periodOrder", criterion.EffectiveFrom, criterion.EffectiveTo);
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_.-]{0,19}$")]
    private static partial Regex CodePattern();
}
