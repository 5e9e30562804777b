namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>One rated line of the scorecard: a Plan 02 task measured by one indicator.</summary>
/// <param name="ContextIndicators">Shown beside the rated indicator to explain it; never rated.</param>
/// <param name="MinDenominator">Ratio only: below this whole the result is insufficient data, not red.</param>
/// <param name="Points">Only under the points aggregation.</param>
/// <param name="Action">What to do to close a gap, with {missing}, {unit}, {target}, {deadline} placeholders.</param>
public sealed record Criterion(
    string Code,
    CriterionGroup Group,
    LocalizedText Name,
    LegalReference LegalReference,
    Indicator Indicator,
    IReadOnlyList<Indicator> ContextIndicators,
    Threshold Threshold,
    IReadOnlyList<ThresholdOverride> Overrides,
    decimal? MinDenominator,
    MissingValuePolicy Missing,
    CriterionPoints? Points,
    LocalizedText? Action)
{
    /// <summary>The first period the criterion is rated in; null means since the rule set took effect.</summary>
    public Period? EffectiveFrom { get; init; }

    /// <summary>The last period the criterion is rated in (inclusive); null means open-ended. A task retired from January 2026 ends 2025-12.</summary>
    public Period? EffectiveTo { get; init; }

    /// <summary>Optional: holds the published colour until a change is lasting (<see cref="StabilityRule"/>); null = off.</summary>
    public StabilityRule? Stability { get; init; }

    /// <summary>Whether the criterion is rated in the period: outside its validity it is not in force and left out of the overall.</summary>
    public bool IsInForce(Period period) =>
        (EffectiveFrom is null || period >= EffectiveFrom.Value) && (EffectiveTo is null || period <= EffectiveTo.Value);

    /// <summary>The threshold for a unit type and period, with the override that supplied it (if any).</summary>
    public (Threshold Threshold, ThresholdOverride? Override) ThresholdFor(UnitType unitType, Period period) =>
        OverrideIndexFor(unitType, period) is var index and >= 0 ? (Overrides[index].Threshold, Overrides[index]) : (Threshold, null);

    /// <summary>The position in <see cref="Overrides"/> of the override that applies (at most one does), or −1 for the default.</summary>
    public int OverrideIndexFor(UnitType unitType, Period period)
    {
        for (var i = 0; i < Overrides.Count; i++)
        {
            if (Overrides[i].AppliesTo(unitType, period))
            {
                return i;
            }
        }

        return -1;
    }
}

public sealed record LegalReference(string Plan, string? Supporting);

/// <summary>Decision 766 style: points = min(1, value / FullScoreAt) × MaxPoints.</summary>
public sealed record CriterionPoints(decimal MaxPoints, decimal? FullScoreAt);
