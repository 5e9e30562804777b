using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// A criterion prepared for rating many communes: its indicator's and context indicators' slots in the layout, whether
/// it is critical, and its thresholds (default and overrides) with their cuts as doubles for the fast comparison.
/// </summary>
internal sealed class CompiledCriterion
{
    private readonly CompiledThreshold[] _overrides;
    private readonly CompiledThreshold _default;
    private readonly double _minDenominator;

    public CompiledCriterion(Criterion criterion, IndicatorLayout layout, bool isCritical)
    {
        Criterion = criterion;
        Slot = layout.SlotOf(criterion.Indicator.Code);
        ContextSlots = [.. criterion.ContextIndicators.Select(i => layout.SlotOf(i.Code))];
        IsCritical = isCritical;
        _minDenominator = (double)(criterion.MinDenominator ?? 0m);
        _default = new CompiledThreshold(criterion.Threshold, null);
        _overrides = [.. criterion.Overrides.Select(o => new CompiledThreshold(o.Threshold, o))];
    }

    public Criterion Criterion { get; }

    /// <summary>The rated indicator's slot; −1 if the layout lacks it (never for a validated rule set).</summary>
    public int Slot { get; }

    public int[] ContextSlots { get; }

    public bool IsCritical { get; }

    /// <summary>Ratio only: whether the whole is below the minimum denominator, by doubles unless it is within a hair of it.</summary>
    public bool IsBelowMinDenominator(in ValueCell cell)
    {
        if (Criterion.MinDenominator is not { } minimum)
        {
            return false;
        }

        var margin = cell.Whole - _minDenominator;
        return margin < -1e-9 * Math.Max(1d, _minDenominator) || (margin <= 1e-9 * Math.Max(1d, _minDenominator) && cell.Value!.Whole < minimum);
    }

    /// <summary>As <see cref="Criterion.ThresholdFor"/>: the override that applies to the unit type and period, else the default.</summary>
    public CompiledThreshold ThresholdFor(UnitType unitType, Period period) =>
        Criterion.OverrideIndexFor(unitType, period) is var index and >= 0 ? _overrides[index] : _default;
}

/// <summary>A threshold with the override that supplied it (if any) and its cuts as doubles.</summary>
internal sealed class CompiledThreshold(Threshold threshold, ThresholdOverride? source)
{
    public Threshold Threshold { get; } = threshold;

    public ThresholdOverride? Override { get; } = source;

    public double Green { get; } = (double)(threshold.Green ?? 0m);

    public double Yellow { get; } = (double)(threshold.Yellow ?? 0m);

    /// <summary>The task deadline's day number (tasks only).</summary>
    public int DeadlineDay { get; } = threshold.Deadline?.DayNumber ?? 0;
}
