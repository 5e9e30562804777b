using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// An indicator with a <c>share</c> is a ratio computed from two count indicators of the same file: the part and
/// the whole must be declared, be counts, differ, and not be shares themselves.
/// </summary>
internal static class ShareRules
{
    public static void Validate(RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        var indicators = document.Indicators ?? [];
        var byCode = IndicatorReferences.ByCode(document);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Share is not { } share)
            {
                continue;
            }

            var path = $"Indicators[{i}].Share";
            if (indicators[i].Kind != "ratio")
            {
                context.Fail(path, "share.notRatio", indicators[i].Code);
            }

            foreach (var (name, code) in new[] { ("Part", share.Part), ("Whole", share.Whole) })
            {
                if (context.Referenced($"{path}.{name}", code, byCode) is { } counted && (counted.Kind != "count" || counted.IsComputed()))
                {
                    context.Fail($"{path}.{name}", "share.notCount", code);
                }
            }

            if (share.Part is not null && share.Part == share.Whole)
            {
                context.Fail($"{path}.Whole", "share.sameIndicator", share.Part);
            }
        }
    }
}
