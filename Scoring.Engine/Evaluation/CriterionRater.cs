using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Rates one criterion for one commune and period (not in force outside its validity): the colour, the amounts to better colours and points. No text.</summary>
internal static class CriterionRater
{
    /// <remarks>
    /// One construction of the result at the end, on purpose: this runs for every criterion of every rating, and each
    /// extra construction site costs a zeroed stack temporary of the (reference-holding) result.
    /// </remarks>
    public static CriterionRating Rate(CompiledCriterion compiled, CommuneValues values, Period period, DateOnly asOf)
    {
        var missing = compiled.Criterion.Missing;
        var threshold = compiled.ThresholdFor(values.UnitType, period);
        var inForce = compiled.IsInForce(period);
        var position = !inForce || compiled.Slot < 0 ? -1 : values.PositionWithCarry(compiled.Slot, period, missing);
        var value = position < 0 ? null : values.ValueAt(position);
        // A ratio reported as a percentage only is rated as a percentage: no count, so no minimum denominator.
        var kind = value is null ? compiled.Kind : RatedKind.Of(compiled.Kind, value);
        var outcome = Outcome.Rated;
        Rating? rating;
        if (!inForce)
        {
            (outcome, rating) = (Outcome.NotInForce, null);
        }
        else if (value is null)
        {
            rating = missing.Strategy == MissingValueStrategy.Red ? Rating.Red : null;
            outcome = rating is null ? Outcome.NoData : Outcome.Rated;
        }
        else if (kind == IndicatorKind.YesNo)
        {
            rating = values.CellAt(position).Measure == 1d ? Rating.Green : Rating.Red;
        }
        else if (kind == IndicatorKind.Task)
        {
            rating = TaskRating.Decide(values.CellAt(position), threshold, asOf);
        }
        else if (kind == IndicatorKind.Ratio && (values.CellAt(position).Whole == 0d || compiled.IsBelowMinDenominator(values.CellAt(position), value)))
        {
            (outcome, rating) = (Outcome.InsufficientData, null);
        }
        else
        {
            rating = NumericRating.Rate(kind, values.CellAt(position), value, threshold, compiled.Boundary);
        }

        return new CriterionRating(compiled, threshold, outcome, rating, value);
    }
}
