using System.Collections.Concurrent;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Where each indicator of a rule set sits in a <see cref="CommuneValues"/> row: its position in the rule set's
/// indicator list. Interned by that list of codes, so two rule sets with the same indicators (a draft and the
/// version in force, usually) share one layout and can rate the same laid-out values.
/// </summary>
internal sealed class IndicatorLayout
{
    private static readonly ConcurrentDictionary<string, IndicatorLayout> _interned = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> _slots;
    private readonly string[] _codes;

    private IndicatorLayout(IReadOnlyList<Indicator> indicators)
    {
        _slots = new Dictionary<string, int>(indicators.Count, StringComparer.Ordinal);
        Kinds = new IndicatorKind[indicators.Count];
        _codes = new string[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
        {
            _slots[indicators[i].Code] = i;
            _codes[i] = indicators[i].Code;
            Kinds[i] = indicators[i].Kind;
        }

        Shares = indicators
            .Select((indicator, slot) => (indicator.Share, Slot: slot))
            .Where(x => x.Share is not null)
            .Select(x => new ShareSlots(x.Slot, _slots[x.Share!.Part], _slots[x.Share.Whole]))
            .ToArray();
        Accumulations = indicators
            .Select((indicator, slot) => (indicator.Accumulate, Slot: slot))
            .Where(x => x.Accumulate is not null)
            .Select(x => new AccumulationSlots(x.Slot, _slots[x.Accumulate!.Of], x.Accumulate))
            .ToArray();
        PerCapitas = indicators
            .Select((indicator, slot) => (indicator.PerCapita, Slot: slot))
            .Where(x => x.PerCapita is not null)
            .Select(x => new PerCapitaSlots(x.Slot, _slots[x.PerCapita!.Of], x.PerCapita))
            .ToArray();
        IsComputed = indicators.Select(i => i.IsComputed).ToArray();
    }

    /// <summary>A computed share's slot and the slots of the two counts it is computed from.</summary>
    public readonly record struct ShareSlots(int Slot, int PartSlot, int WholeSlot);

    /// <summary>The indicators computed from two others (none in most rule sets).</summary>
    public ShareSlots[] Shares { get; }

    /// <summary>An accumulated indicator's slot, the slot of the monthly indicator it sums and its window.</summary>
    public readonly record struct AccumulationSlots(int Slot, int SourceSlot, AccumulationOf Accumulate);

    /// <summary>The indicators summed over months of another (none in most rule sets).</summary>
    public AccumulationSlots[] Accumulations { get; }

    /// <summary>A per-capita indicator's slot, the slot of the count it is computed from, and its <c>per</c>.</summary>
    public readonly record struct PerCapitaSlots(int Slot, int CountSlot, PerCapitaOf PerCapita);

    /// <summary>The indicators computed from a count and the unit's population (none in most rule sets).</summary>
    public PerCapitaSlots[] PerCapitas { get; }

    /// <summary>Per slot: true for a computed indicator (share, accumulation, per-capita), whose reported values are never used.</summary>
    public bool[] IsComputed { get; }

    /// <summary>Each slot's kind, which decides whether a reported value is usable.</summary>
    public IndicatorKind[] Kinds { get; }

    public int Width => Kinds.Length;

    public static IndicatorLayout Of(IReadOnlyList<Indicator> indicators)
    {
        // Kind and how an indicator is computed are part of the key: the same codes with another kind accept other values.
        var key = string.Join('\n', indicators.Select(i => i.Code + "\t" + i.Kind + (i.Share is { } s ? "\t" + s.Part + "/" + s.Whole : "")
            + (i.Accumulate is { } a ? "\t+" + a.Of + "/" + a.Over : "")
            + (i.PerCapita is { } p ? "\t" + p.Of + "*" + p.Per : "")));
        return _interned.GetOrAdd(key, _ => new IndicatorLayout(indicators));
    }

    public int SlotOf(string code) => _slots.TryGetValue(code, out var slot) ? slot : -1;

    public string CodeOf(int slot) => _codes[slot];
}
