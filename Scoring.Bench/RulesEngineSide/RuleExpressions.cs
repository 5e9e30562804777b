using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench.RulesEngineSide;

/// <summary>
/// Writes the shipped criteria as RulesEngine lambda expressions over a <see cref="RuleInput"/> parameter named
/// after the criterion: "C7.Number * 100 >= 95m * C7.Whole" for a ratio's green cut, with overrides as guarded
/// alternatives. Generated from the same <see cref="RuleSet"/>, so both sides rate by the same thresholds.
/// </summary>
public static class RuleExpressions
{
    public const string NoData = "NoData";
    public const string Insufficient = "Insufficient";
    public const string Green = "Green";
    public const string Yellow = "Yellow";

    /// <summary>The rules of one criterion, in the order they are decided: no data, insufficient data (ratios), green, yellow (not for yes/no).</summary>
    public static IEnumerable<(string Name, string Expression)> For(Criterion criterion, Boundary boundary)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var p = criterion.Code;
        yield return (NoData, $"{p}.HasValue == false");
        var kind = criterion.Indicator.Kind;
        if (kind == IndicatorKind.Ratio)
        {
            yield return (Insufficient, criterion.MinDenominator is { } min ? $"{p}.Whole == 0 || {p}.Whole < {Literal(min)}" : $"{p}.Whole == 0");
        }

        switch (kind)
        {
            case IndicatorKind.YesNo:
                yield return (Green, $"{p}.Flag == true");
                break;
            case IndicatorKind.Task:
                yield return (Green, $"{p}.Done && {p}.CompletedOn <= {p}.AsOf");
                yield return (Yellow, Guarded(criterion, p, t => $"{p}.AsOf <= {t.Deadline!.Value.DayNumber.ToString(CultureInfo.InvariantCulture)}"));
                break;
            default:
                yield return (Green, Guarded(criterion, p, t => Meets(kind, p, t.Green!.Value, t.Direction, boundary)));
                yield return (Yellow, Guarded(criterion, p, t => Meets(kind, p, t.Yellow!.Value, t.Direction, boundary)));
                break;
        }
    }

    /// <summary>(o1 &amp;&amp; e1) || (!(o1) &amp;&amp; o2 &amp;&amp; e2) || … || (!(o1) &amp;&amp; !(o2) &amp;&amp; e0): the first matching override, else the default.</summary>
    private static string Guarded(Criterion criterion, string p, Func<Threshold, string> test)
    {
        var alternatives = new List<string>();
        var notEarlier = new List<string>();
        foreach (var candidate in criterion.Overrides)
        {
            var condition = Applies(candidate, p);
            alternatives.Add($"({string.Join(" && ", notEarlier.Append(condition))} && {test(candidate.Threshold)})");
            notEarlier.Add($"!({condition})");
        }

        alternatives.Add(notEarlier.Count == 0 ? test(criterion.Threshold) : $"({string.Join(" && ", notEarlier)} && {test(criterion.Threshold)})");
        return string.Join(" || ", alternatives);
    }

    private static string Applies(ThresholdOverride candidate, string p)
    {
        var parts = new List<string>();
        if (candidate.UnitTypes.Count > 0)
        {
            parts.Add("(" + string.Join(" || ", candidate.UnitTypes.Select(t => $"{p}.UnitType == \"{t}\"")) + ")");
        }

        if (candidate.FromPeriod is { } from)
        {
            parts.Add($"{p}.PeriodIndex >= {Index(from)}");
        }

        if (candidate.ToPeriod is { } to)
        {
            parts.Add($"{p}.PeriodIndex <= {Index(to)}");
        }

        return parts.Count == 0 ? "true" : string.Join(" && ", parts);
    }

    /// <summary>Ratios as part × 100 against cut × whole, like the engine, so no division rounds across a cut.</summary>
    private static string Meets(IndicatorKind kind, string p, decimal cut, Direction direction, Boundary boundary)
    {
        var (left, right) = kind == IndicatorKind.Ratio ? ($"{p}.Number * 100", $"{Literal(cut)} * {p}.Whole") : ($"{p}.Number", Literal(cut));
        var comparator = (direction, boundary) switch
        {
            (Direction.HigherIsBetter, Boundary.Inclusive) => ">=",
            (Direction.HigherIsBetter, Boundary.Exclusive) => ">",
            (Direction.LowerIsBetter, Boundary.Inclusive) => "<=",
            _ => "<",
        };
        return $"{left} {comparator} {right}";
    }

    public static int Index(Period period) => (period.Year * 12) + period.Month - 1;

    private static string Literal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";
}
