namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// A threshold that replaces the criterion's default for some unit types and/or a range of periods.
/// The loader rejects overlapping overrides, so at most one applies.
/// </summary>
/// <param name="UnitTypes">Empty means every type.</param>
/// <param name="FromPeriod">Null means since always.</param>
/// <param name="ToPeriod">Null means open-ended.</param>
public sealed record ThresholdOverride(
    IReadOnlyList<UnitType> UnitTypes,
    Period? FromPeriod,
    Period? ToPeriod,
    Threshold Threshold,
    LocalizedText? Reason)
{
    public bool AppliesTo(UnitType unitType, Period period) =>
        (UnitTypes.Count == 0 || UnitTypes.Contains(unitType))
        && (FromPeriod is null || period >= FromPeriod.Value)
        && (ToPeriod is null || period <= ToPeriod.Value);
}
