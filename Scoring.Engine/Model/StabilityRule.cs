namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// An optional rule that keeps a colour steady for a unit sitting on a cut, so that a committee does not chase noise:
/// the published colour changes only when the new colour has held for <see cref="HoldPeriods"/> consecutive periods,
/// or (numeric criteria) when the value is past the cut by <see cref="DeadBand"/>. With both, either suffices. Until
/// then the earlier published colour stays and the explanation says so. Earlier colours are data, passed in
/// (<see cref="EarlierColours"/>): the engine reads no store of its own.
/// </summary>
/// <param name="HoldPeriods">2 to 12: how many consecutive periods (the rated one included) the new colour must hold; null = no hold.</param>
/// <param name="DeadBand">
/// In the cut's own unit (percentage points for ratios and percentages, the count's unit for counts): how far past the
/// cut the value must be for the colour to change at once; null = no dead band. Numeric criteria only.
/// </param>
/// <param name="Rationale">Why the rule is on, in a sentence an analyst can defend; required to publish.</param>
public sealed record StabilityRule(int? HoldPeriods, decimal? DeadBand, LocalizedText? Rationale = null)
{
    /// <summary>How many earlier periods' colours a rating needs: the previous published colour, and the raw colours of the hold window.</summary>
    public int LookBack => Math.Max(1, (HoldPeriods ?? 1) - 1);
}
