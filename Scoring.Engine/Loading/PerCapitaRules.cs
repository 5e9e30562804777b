using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// An indicator with a <c>perCapita</c> is a count computed from a count the commune reports and the unit's population:
/// it must itself be a count, its <c>of</c> must be a declared count that is not computed, and <c>per</c> a power of ten.
/// </summary>
internal static class PerCapitaRules
{
    private static readonly int[] _pers = [1, 10, 100, 1_000, 10_000, 100_000];

    public static void Validate(RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        var indicators = document.Indicators ?? [];
        var byCode = IndicatorReferences.ByCode(document);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].PerCapita is not { } perCapita)
            {
                continue;
            }

            var path = $"Indicators[{i}].PerCapita";
            if (indicators[i].Share is not null || indicators[i].Accumulate is not null)
            {
                context.Fail(path, "computed.twice", indicators[i].Code);
            }

            if (indicators[i].Kind != "count")
            {
                context.Fail(path, "perCapita.notCount", indicators[i].Code);
            }

            if (context.Referenced($"{path}.Of", perCapita.Of, byCode) is { } counted && (counted.Kind != "count" || counted.IsComputed()))
            {
                context.Fail($"{path}.Of", "perCapita.ofNotCount", perCapita.Of);
            }

            if (perCapita.Per is null)
            {
                context.Fail($"{path}.Per", "required");
            }
            else if (!_pers.Contains(perCapita.Per.Value))
            {
                context.Fail($"{path}.Per", "perCapita.per", perCapita.Per);
            }
        }
    }
}
