using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// A criterion prepared for rating many communes: its indicator's and context indicators' slots in the layout and
/// whether it is critical, resolved once per rule set rather than looked up by code for every rating.
/// </summary>
internal sealed class CompiledCriterion(Criterion criterion, IndicatorLayout layout, bool isCritical, Boundary boundary)
{
    public Criterion Criterion { get; } = criterion;

    /// <summary>The rated indicator's kind (<see cref="Indicator.RatedAs"/>).</summary>
    public IndicatorKind Kind { get; } = criterion.Indicator.RatedAs;

    /// <summary>The rule set's boundary convention, so that a rating's amounts can be worked out from it alone.</summary>
    public Boundary Boundary { get; } = boundary;

    /// <summary>The rated indicator's slot; −1 if the layout lacks it (never for a validated rule set).</summary>
    public int Slot { get; } = layout.SlotOf(criterion.Indicator.Code);

    public int[] ContextSlots { get; } = [.. criterion.ContextIndicators.Select(i => layout.SlotOf(i.Code))];

    public bool IsCritical { get; } = isCritical;
}
