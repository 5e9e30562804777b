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
    private readonly int _firstMonth;
    private readonly int _months;

    private CommuneValues(string communeCode, UnitType unitType, IndicatorLayout layout, ValueCell[] cells, int firstMonth, int months)
    {
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

    /// <summary>Lays out a commune's values for a rule set's indicators. A later value for the same indicator and period replaces an earlier one.</summary>
    public static CommuneValues Of(RuleSet rules, CommuneInput commune)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(commune);
        var layout = RuleSetIndex.Of(rules).Layout;
        var values = AsSpan(commune.Values);
        if (values.Length == 0)
        {
            return new CommuneValues(commune.CommuneCode, commune.UnitType, layout, [], 0, 0);
        }

        var (first, last) = (int.MaxValue, int.MinValue);
        for (var i = 0; i < values.Length; i++)
        {
            var month = MonthIndex(values[i].Period);
            (first, last) = (Math.Min(first, month), Math.Max(last, month));
        }

        var months = last - first + 1;
        var cells = new ValueCell[months * layout.Width];
        var slot = -1;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            slot = layout.SlotOf(value.IndicatorCode, slot + 1);
            if (slot >= 0 && ValueCell.TryOf(layout.Kinds[slot], value, out var cell))
            {
                cells[((MonthIndex(value.Period) - first) * layout.Width) + slot] = cell;
            }
        }

        return new CommuneValues(commune.CommuneCode, commune.UnitType, layout, cells, first, months);
    }

    internal IndicatorValue? Find(int slot, Period period) => Cell(slot, MonthIndex(period)).Value;

    /// <summary>The value for the period, or under carry-forward the latest of the allowed earlier periods.</summary>
    internal ValueCell FindWithCarry(int slot, Period period, MissingValuePolicy missing)
    {
        var month = MonthIndex(period);
        var current = Cell(slot, month);
        if (current.Value is not null || missing.Strategy != MissingValueStrategy.CarryForward)
        {
            return current;
        }

        for (var back = 1; back <= missing.Periods; back++)
        {
            var earlier = Cell(slot, month - back);
            if (earlier.Value is not null)
            {
                return earlier;
            }
        }

        return default;
    }

    private ValueCell Cell(int slot, int monthIndex)
    {
        var month = monthIndex - _firstMonth;
        return (uint)month < (uint)_months ? _cells[(month * Layout.Width) + slot] : default;
    }

    /// <summary>The values without an interface call per item: a rescore lays out hundreds of thousands of them.</summary>
    private static ReadOnlySpan<IndicatorValue> AsSpan(IReadOnlyList<IndicatorValue> values) => values switch
    {
        IndicatorValue[] array => array,
        List<IndicatorValue> list => CollectionsMarshal.AsSpan(list),
        _ => values.ToArray(),
    };

    private static int MonthIndex(Period period) => (period.Year * 12) + period.Month - 1;
}
