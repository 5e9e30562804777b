using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Rates one criterion for one commune and period: the colour, the amounts to better colours and points. No text.</summary>
internal static class CriterionRater
{
    /// <remarks>
    /// One construction of the result at the end, on purpose: this runs for every criterion of every rating, and each
    /// extra construction site costs a zeroed stack temporary of the (reference-holding) result.
    /// </remarks>
    public static CriterionRating Rate(CompiledCriterion compiled, CommuneValues values, Period period, DateOnly asOf, Boundary boundary)
    {
        var kind = compiled.Kind;
        var missing = compiled.Criterion.Missing;
        var threshold = compiled.ThresholdFor(values.UnitType, period);
        var cell = compiled.Slot < 0 ? default : values.FindWithCarry(compiled.Slot, period, missing);
        var outcome = Outcome.Rated;
        Rating? rating;
        if (cell.Value is null)
        {
            rating = missing.Strategy == MissingValueStrategy.Red ? Rating.Red : null;
            outcome = rating is null ? Outcome.NoData : Outcome.Rated;
        }
        else if (kind == IndicatorKind.YesNo)
        {
            rating = cell.Measure == 1d ? Rating.Green : Rating.Red;
        }
        else if (kind == IndicatorKind.Task)
        {
            rating = TaskRating.Decide(cell, threshold, asOf);
        }
        else if (kind == IndicatorKind.Ratio && (cell.Whole == 0d || compiled.IsBelowMinDenominator(cell)))
        {
            (outcome, rating) = (Outcome.InsufficientData, null);
        }
        else
        {
            rating = NumericRating.Rate(kind, cell, threshold, boundary);
        }

        return new CriterionRating(compiled, threshold, outcome, rating, cell.Value);
    }
}
