using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// A criterion prepared for rating many communes: its indicator's and context indicators' slots in the layout, whether
/// it is critical, whether it has a validity range, and its thresholds (default and overrides) with their cuts as doubles for the fast comparison.
/// </summary>
internal sealed class CompiledCriterion
{
    private readonly CompiledThreshold[] _overrides;
    private readonly CompiledThreshold _default;
    private readonly double _minDenominator;
    private readonly bool _hasValidity;

    public CompiledCriterion(Criterion criterion, IndicatorLayout layout, bool isCritical, Boundary boundary)
    {
        Criterion = criterion;
        Kind = criterion.Indicator.RatedAs;
        Boundary = boundary;
        Slot = layout.SlotOf(criterion.Indicator.Code);
        ContextSlots = [.. criterion.ContextIndicators.Select(i => layout.SlotOf(i.Code))];
        IsCritical = isCritical;
        _minDenominator = (double)(criterion.MinDenominator ?? 0m);
        _hasValidity = criterion.EffectiveFrom is not null || criterion.EffectiveTo is not null;
        _default = new CompiledThreshold(criterion.Threshold, null);
        _overrides = [.. criterion.Overrides.Select(o => new CompiledThreshold(o.Threshold, o))];
    }

    public Criterion Criterion { get; }

    /// <summary>The rated indicator's kind, read for every rating, so kept here rather than two references away.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>The rule set's boundary convention, so that a rating's amounts can be worked out from it alone.</summary>
    public Boundary Boundary { get; }

    /// <summary>The rated indicator's slot; −1 if the layout lacks it (never for a validated rule set).</summary>
    public int Slot { get; }

    public int[] ContextSlots { get; }

    public bool IsCritical { get; }

    /// <summary>As <see cref="Criterion.IsInForce"/>, with one flag test for the usual criterion that is always in force.</summary>
    public bool IsInForce(Period period) => !_hasValidity || Criterion.IsInForce(period);

    /// <summary>Ratio only: whether the whole is below the minimum denominator, by doubles unless it is within a hair of it.</summary>
    public bool IsBelowMinDenominator(in ValueCell cell, IndicatorValue value)
    {
        if (Criterion.MinDenominator is not { } minimum)
        {
            return false;
        }

        var margin = cell.Whole - _minDenominator;
        return margin < -1e-9 * Math.Max(1d, _minDenominator) || (margin <= 1e-9 * Math.Max(1d, _minDenominator) && value.Whole < minimum);
    }

    /// <summary>As <see cref="Criterion.ThresholdFor"/>: the override that applies to the unit type and period, else the default.</summary>
    public CompiledThreshold ThresholdFor(UnitType unitType, Period period) =>
        _overrides.Length != 0 && Criterion.OverrideIndexFor(unitType, period) is var index and >= 0 ? _overrides[index] : _default;
}
