using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// One commune's usable values laid out as a grid of period × indicator for a rule set's indicators: built once
/// from a <see cref="CommuneInput"/>, then rated for any number of periods without looking anything up by name.
/// Values the rule set does not know, or that are not usable for their kind, are left out as the scorer always did.
/// </summary>
public sealed class CommuneValues
{
    private readonly IndicatorValue?[] _values;
    private readonly int _firstMonth;
    private readonly int _months;

    private CommuneValues(
        string communeCode, UnitType unitType, IndicatorLayout layout, IndicatorValue?[] values, int firstMonth, int months,
        ReferencePopulation? population)
    {
        Population = population;
        _values = values;
        CommuneCode = communeCode;
        UnitType = unitType;
        Layout = layout;
        _firstMonth = firstMonth;
        _months = months;
    }

    public string CommuneCode { get; }

    public UnitType UnitType { get; }

    internal IndicatorLayout Layout { get; }

    /// <summary>The unit's population the per-capita indicators were computed with (<see cref="CommuneInput.Population"/>).</summary>
    public ReferencePopulation? Population { get; }

    /// <summary>Lays out a commune's values for a rule set's indicators. A later value for the same indicator and period replaces an earlier one.</summary>
    public static CommuneValues Of(RuleSet rules, CommuneInput commune)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(commune);
        var layout = RuleSetIndex.Of(rules).Layout;
        var values = commune.Values;
        if (values.Count == 0)
        {
            return new CommuneValues(commune.CommuneCode, commune.UnitType, layout, [], 0, 0, commune.Population);
        }

        var first = values.Min(v => MonthIndex(v.Period));
        var last = values.Max(v => MonthIndex(v.Period));

        // A month's value adds to the sums of the 11 months after it, even where the commune reported nothing else yet.
        last += layout.Accumulations.Length == 0 ? 0 : AccumulationOf.MaxLookBack;
        var months = last - first + 1;
        var reported = new IndicatorValue?[months * layout.Width];
        foreach (var value in values)
        {
            var slot = layout.SlotOf(value.IndicatorCode);
            if (slot >= 0 && !layout.IsComputed[slot] && IsUsable(layout.Kinds[slot], value))
            {
                reported[((MonthIndex(value.Period) - first) * layout.Width) + slot] = value;
            }
        }

        AddShares(layout, reported, months);
        AddAccumulations(layout, reported, first, months);
        AddPerCapitas(layout, reported, months, commune.Population);
        return new CommuneValues(commune.CommuneCode, commune.UnitType, layout, reported, first, months, commune.Population);
    }

    /// <summary>
    /// Whether a reported value can be rated for its kind. Values that cannot (a part above its whole, a negative
    /// count, a percentage above 100, a yes/no or task without its answer) are left out, as if not reported. A ratio
    /// with its number and no whole is a percentage-only ratio, checked as a percentage (0 to 100).
    /// </summary>
    private static bool IsUsable(IndicatorKind kind, IndicatorValue value) => kind switch
    {
        IndicatorKind.Ratio when value is { Number: { } part, Whole: { } whole } => part >= 0 && whole >= part,
        IndicatorKind.Ratio or IndicatorKind.Percentage => value.Number is >= 0 and <= 100,
        IndicatorKind.Count => value.Number is >= 0,
        IndicatorKind.YesNo => value.Flag is not null,
        IndicatorKind.Task => value.Task is not null,
        _ => false,
    };

    /// <summary>
    /// Computes each share from its part and whole of the same month, as if the commune had reported "part/whole": from
    /// then on a share is a ratio like any other (minimum denominator, carry-forward, amounts in the part's unit).
    /// </summary>
    private static void AddShares(IndicatorLayout layout, IndicatorValue?[] reported, int months)
    {
        foreach (var share in layout.Shares)
        {
            for (var month = 0; month < months; month++)
            {
                var row = month * layout.Width;
                if (reported[row + share.PartSlot] is { Number: { } part } partValue && reported[row + share.WholeSlot] is { Number: { } whole })
                {
                    var value = IndicatorValue.Ratio(layout.CodeOf(share.Slot), partValue.Period, part, whole);
                    if (IsUsable(IndicatorKind.Ratio, value))
                    {
                        reported[row + share.Slot] = value;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Computes each accumulated indicator for every laid-out month: the sum of the monthly values (a ratio's parts and
    /// wholes alike) its source has in the window ending at that month, as if the commune had reported the sum. Months
    /// without a usable value add nothing; a window without any has no value. Runs after the shares, so a share can be summed.
    /// </summary>
    private static void AddAccumulations(IndicatorLayout layout, IndicatorValue?[] reported, int firstMonth, int months)
    {
        foreach (var accumulation in layout.Accumulations)
        {
            var code = layout.CodeOf(accumulation.Slot);
            var kind = layout.Kinds[accumulation.Slot];
            for (var month = 0; month < months; month++)
            {
                var period = PeriodOf(firstMonth + month);
                var from = Math.Max(MonthIndex(accumulation.Accumulate.FirstOf(period)) - firstMonth, 0);
                var (number, whole, any) = (0m, 0m, false);
                for (var at = from; at <= month; at++)
                {
                    // A ratio month reported as a percentage only has no part and whole to add: left out, nothing invented.
                    if (reported[(at * layout.Width) + accumulation.SourceSlot] is { Number: { } part } value && !RatedKind.IsPercentageOnly(kind, value))
                    {
                        (number, whole, any) = (number + part, whole + (value.Whole ?? 0m), true);
                    }
                }

                if (!any)
                {
                    continue;
                }

                var sum = kind == IndicatorKind.Ratio ? IndicatorValue.Ratio(code, period, number, whole) : IndicatorValue.Count(code, period, number);
                if (IsUsable(kind, sum))
                {
                    reported[(month * layout.Width) + accumulation.Slot] = sum;
                }
            }
        }
    }

    /// <summary>
    /// Computes each per-capita value from its count of the same month and the unit's population, laid out as a ratio of
    /// the count to population × 100 / per: rated on the count per N residents, its amounts in the count's own units.
    /// A unit without a population (or with none above zero) has no per-capita value.
    /// </summary>
    private static void AddPerCapitas(IndicatorLayout layout, IndicatorValue?[] reported, int months, ReferencePopulation? population)
    {
        if (layout.PerCapitas.Length == 0 || population is not { Residents: > 0 } known)
        {
            return;
        }

        foreach (var perCapita in layout.PerCapitas)
        {
            var whole = perCapita.PerCapita.RatedWhole(known.Residents);
            for (var month = 0; month < months; month++)
            {
                var row = month * layout.Width;
                if (reported[row + perCapita.CountSlot] is { Number: { } count } countValue)
                {
                    // Unlike a reported ratio, its part may exceed its whole (more online dossiers than a hundredth of the residents).
                    reported[row + perCapita.Slot] = IndicatorValue.Ratio(layout.CodeOf(perCapita.Slot), countValue.Period, count, whole);
                }
            }
        }
    }

    internal IndicatorValue? Find(int slot, Period period) => IndexOf(slot, MonthIndex(period)) is var at and >= 0 ? _values[at] : null;

    /// <summary>
    /// Where the value for the period is (or under carry-forward or a held state the latest of the allowed earlier
    /// periods, <see cref="MissingValuePolicy.LookBack"/>): a position for <see cref="ValueAt"/>, or −1 when there is none.
    /// </summary>
    internal int PositionWithCarry(int slot, Period period, MissingValuePolicy missing)
    {
        var month = MonthIndex(period);
        // A held state may look back 36 periods: stop at the first laid-out month rather than probe empty ones.
        var periods = Math.Min(missing.LookBackFrom(period), month - _firstMonth);
        for (var back = 0; back <= periods; back++)
        {
            if (IndexOf(slot, month - back) is var at and >= 0 && _values[at] is not null)
            {
                return at;
            }
        }

        return -1;
    }

    internal IndicatorValue ValueAt(int position) => _values[position]!;

    private int IndexOf(int slot, int monthIndex)
    {
        var month = monthIndex - _firstMonth;
        return (uint)month < (uint)_months ? (month * Layout.Width) + slot : -1;
    }

    private static int MonthIndex(Period period) => (period.Year * 12) + period.Month - 1;

    private static Period PeriodOf(int monthIndex) => new(monthIndex / 12, (monthIndex % 12) + 1);
}
