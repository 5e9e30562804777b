using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>A commune's reported values by (indicator, period), holding only values usable for their kind.</summary>
internal sealed class ValueIndex
{
    private readonly Dictionary<(string Code, Period Period), IndicatorValue> _values = [];

    public ValueIndex(RuleSetIndex rules, IReadOnlyList<IndicatorValue> values)
    {
        // A later value for the same (indicator, period) replaces an earlier one: callers pass at most one
        // per key, and if they don't, the outcome still does not depend on anything but the list order.
        foreach (var value in values)
        {
            if (rules.Indicators.TryGetValue(value.IndicatorCode, out var indicator) && IsUsable(indicator.Kind, value))
            {
                _values[(value.IndicatorCode, value.Period)] = value;
            }
        }
    }

    public IndicatorValue? Find(string code, Period period) => _values.GetValueOrDefault((code, period));

    /// <summary>The value for the period, or under carry-forward the latest of the allowed earlier periods.</summary>
    public IndicatorValue? FindWithCarry(string code, Period period, MissingValuePolicy missing)
    {
        var current = Find(code, period);
        if (current is not null || missing.Strategy != MissingValueStrategy.CarryForward)
        {
            return current;
        }

        for (var back = 1; back <= missing.Periods; back++)
        {
            var earlier = Find(code, period.AddMonths(-back));
            if (earlier is not null)
            {
                return earlier;
            }
        }

        return null;
    }

    private static bool IsUsable(IndicatorKind kind, IndicatorValue value) => kind switch
    {
        IndicatorKind.Ratio => value.Number is >= 0 && value.Whole is >= 0 && value.Number <= value.Whole,
        IndicatorKind.Count => value.Number is >= 0,
        IndicatorKind.Percentage => value.Number is >= 0 and <= 100,
        IndicatorKind.YesNo => value.Flag is not null,
        IndicatorKind.Task => value.Task is not null,
        _ => false,
    };
}
