using System.Text.RegularExpressions;
using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

internal sealed partial class IndicatorValidator : AbstractValidator<IndicatorDocument>
{
    public IndicatorValidator()
    {
        RuleFor(i => i).Custom((indicator, context) =>
        {
            if (indicator.Code is null)
            {
                context.Fail("Code", "required");
            }
            else if (!CodePattern().IsMatch(indicator.Code))
            {
                context.Fail("Code", "code.invalid", indicator.Code, CodePattern().ToString());
            }

            context.RequireEnum("Kind", indicator.Kind, Vocabulary.Names(Vocabulary.Kinds));
            context.RequireVi("Name", indicator.Name);
            if (indicator.Kind is "ratio" or "count" && string.IsNullOrWhiteSpace(indicator.Unit?.Vi))
            {
                context.Fail("Unit", "indicator.unitMissing");
            }

            if (indicator.SaneMax is <= 0)
            {
                context.Fail("SaneMax", "number.notPositive", indicator.SaneMax);
            }
        });
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,39}$")]
    internal static partial Regex CodePattern();
}
