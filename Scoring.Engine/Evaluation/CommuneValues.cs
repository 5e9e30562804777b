using System.Runtime.InteropServices;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// One commune's usable values laid out as a grid of period × indicator for a rule set's indicators: built once
/// from a <see cref="CommuneInput"/>, then rated for any number of periods without looking anything up by name.
/// Values the rule set does not know, or that are not usable for their kind, are left out as the scorer always did.
/// </summary>
public sealed class CommuneValues
{
    private readonly ValueCell[] _cells;
    private readonly IndicatorValue?[] _values;
    private readonly int _firstMonth;
    private readonly int _months;

    private CommuneValues(
        string communeCode, UnitType unitType, IndicatorLayout layout, ValueCell[] cells, IndicatorValue?[] values, int firstMonth, int months,
        ReferencePopulation? population)
    {
        Population = population;
        _values = values;
        CommuneCode = communeCode;
        UnitType = unitType;
        Layout = layout;
        _cells = cells;
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
        var values = AsSpan(commune.Values);
        if (values.Length == 0)
        {
            return new CommuneValues(commune.CommuneCode, commune.UnitType, layout, [], [], 0, 0, commune.Population);
        }

        var (first, last) = (int.MaxValue, int.MinValue);
        for (var i = 0; i < values.Length; i++)
        {
            var month = MonthIndex(values[i].Period);
            (first, last) = (Math.Min(first, month), Math.Max(last, month));
        }

        // A month's value adds to the sums of the 11 months after it, even where the commune reported nothing else yet.
        last += layout.Accumulations.Length == 0 ? 0 : AccumulationOf.MaxLookBack;
        var months = last - first + 1;
        // Two arrays rather than one of (value, measure): cells without references are copied without GC write barriers.
        var cells = new ValueCell[months * layout.Width];
        var reported = new IndicatorValue?[cells.Length];
        var slot = -1;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            slot = layout.SlotOf(value.IndicatorCode, slot + 1);
            if (slot >= 0 && !layout.IsComputed[slot] && ValueCell.TryOf(layout.Kinds[slot], value, out var cell))
            {
                var at = ((MonthIndex(value.Period) - first) * layout.Width) + slot;
                cells[at] = cell;
                reported[at] = value;
            }
        }

        AddShares(layout, cells, reported, months);
        AddAccumulations(layout, cells, reported, first, months);
        AddPerCapitas(layout, cells, reported, months, commune.Population);
        return new CommuneValues(commune.CommuneCode, commune.UnitType, layout, cells, reported, first, months, commune.Population);
    }

    /// <summary>
    /// Computes each share from its part and whole of the same month, as if the commune had reported "part/whole": from
    /// then on a share is a ratio like any other (minimum denominator, carry-forward, amounts in the part's unit).
    /// </summary>
    private static void AddShares(IndicatorLayout layout, ValueCell[] cells, IndicatorValue?[] reported, int months)
    {
        foreach (var share in layout.Shares)
        {
            for (var month = 0; month < months; month++)
            {
                var row = month * layout.Width;
                if (reported[row + share.PartSlot] is { Number: { } part } partValue && reported[row + share.WholeSlot] is { Number: { } whole })
                {
                    var value = IndicatorValue.Ratio(layout.CodeOf(share.Slot), partValue.Period, part, whole);
                    if (ValueCell.TryOf(IndicatorKind.Ratio, value, out var cell))
                    {
                        cells[row + share.Slot] = cell;
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
    private static void AddAccumulations(IndicatorLayout layout, ValueCell[] cells, IndicatorValue?[] reported, int firstMonth, int months)
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
                if (ValueCell.TryOf(kind, sum, out var cell))
                {
                    var row = month * layout.Width;
                    cells[row + accumulation.Slot] = cell;
                    reported[row + accumulation.Slot] = sum;
                }
            }
        }
    }

    /// <summary>
    /// Computes each per-capita value from its count of the same month and the unit's population, laid out as a ratio of
    /// the count to population × 100 / per: rated on the count per N residents, its amounts in the count's own units.
    /// A unit without a population (or with none above zero) has no per-capita value.
    /// </summary>
    private static void AddPerCapitas(IndicatorLayout layout, ValueCell[] cells, IndicatorValue?[] reported, int months, ReferencePopulation? population)
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
                    reported[row + perCapita.Slot] = IndicatorValue.Ratio(layout.CodeOf(perCapita.Slot), countValue.Period, count, whole);
                    cells[row + perCapita.Slot] = ValueCell.OfPerCapita(count, whole);
                }
            }
        }
    }

    internal IndicatorValue? Find(int slot, Period period) => IndexOf(slot, MonthIndex(period)) is var at and >= 0 ? _values[at] : null;

    /// <summary>
    /// Where the value for the period is (or under carry-forward or a held state the latest of the allowed earlier
    /// periods, <see cref="MissingValuePolicy.LookBack"/>): a position for <see cref="ValueAt"/> and <see cref="CellAt"/>,
    /// or −1 when there is none.
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

    internal ref readonly ValueCell CellAt(int position) => ref _cells[position];

    private int IndexOf(int slot, int monthIndex)
    {
        var month = monthIndex - _firstMonth;
        return (uint)month < (uint)_months ? (month * Layout.Width) + slot : -1;
    }

    /// <summary>The values without an interface call per item: a rescore lays out hundreds of thousands of them.</summary>
    private static ReadOnlySpan<IndicatorValue> AsSpan(IReadOnlyList<IndicatorValue> values) => values switch
    {
        IndicatorValue[] array => array,
        List<IndicatorValue> list => CollectionsMarshal.AsSpan(list),
        _ => values.ToArray(),
    };

    private static int MonthIndex(Period period) => (period.Year * 12) + period.Month - 1;

    private static Period PeriodOf(int monthIndex) => new(monthIndex / 12, (monthIndex % 12) + 1);
}
