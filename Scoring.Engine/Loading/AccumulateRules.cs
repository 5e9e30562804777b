using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// An indicator with <c>accumulate</c> sums the monthly values of another indicator of the same file: that one must be
/// declared, be a count or a ratio (reported or a share) of the same kind, and not be accumulated itself; the window
/// must be one the engine knows.
/// </summary>
internal static class AccumulateRules
{
    public static void Validate(RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        var indicators = document.Indicators ?? [];
        var byCode = IndicatorReferences.ByCode(document);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Accumulate is not { } accumulate)
            {
                continue;
            }

            var path = $"Indicators[{i}].Accumulate";
            if (indicators[i].Share is not null)
            {
                context.Fail(path, "accumulate.withShare", indicators[i].Code);
            }

            context.RequireEnum($"{path}.Over", accumulate.Over, Vocabulary.Names(Vocabulary.Windows));
            if (context.Referenced($"{path}.Of", accumulate.Of, byCode) is not { } source)
            {
                continue;
            }

            if (source.Kind is not ("count" or "ratio") || source.Accumulate is not null || source.PerCapita is not null)
            {
                context.Fail($"{path}.Of", "accumulate.source", accumulate.Of);
            }
            else if (indicators[i].Kind is { } kind && kind != source.Kind)
            {
                context.Fail($"{path}.Of", "accumulate.kindMismatch", indicators[i].Code, accumulate.Of, source.Kind);
            }
        }
    }
}
