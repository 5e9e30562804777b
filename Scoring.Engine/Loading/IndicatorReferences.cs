using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>How the validators find the indicators that criteria and computed indicators refer to by code (one lookup, one pair of errors).</summary>
internal static class IndicatorReferences
{
    /// <summary>The declared indicators by code; the first of a duplicated code (the duplicate is reported on its own).</summary>
    public static Dictionary<string, IndicatorDocument> ByCode(RuleSetDocument document) =>
        (document.Indicators ?? [])
            .Where(i => i.Code is not null)
            .GroupBy(i => i.Code!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// The indicator <paramref name="code"/> names, or null after reporting why there is none: "required" when the code
    /// is missing, "indicator.unknown" when no indicator declares it.
    /// </summary>
    public static IndicatorDocument? Referenced<T>(
        this ValidationContext<T> context, string path, string? code, Dictionary<string, IndicatorDocument> byCode)
    {
        if (code is null)
        {
            context.Fail(path, "required");
            return null;
        }

        if (!byCode.TryGetValue(code, out var indicator))
        {
            context.Fail(path, "indicator.unknown", code);
        }

        return indicator;
    }

    /// <summary>Computed from other values (a share, an accumulation or a per-capita count): never reported itself.</summary>
    public static bool IsComputed(this IndicatorDocument indicator) =>
        indicator.Share is not null || indicator.Accumulate is not null || indicator.PerCapita is not null;
}
