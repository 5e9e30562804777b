using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Rates one criterion for one commune and period (not in force outside its validity): the colour, the amounts to better colours and points. No text.</summary>
internal static class CriterionRater
{
    public static CriterionRating Rate(CompiledCriterion compiled, CommuneValues values, Period period, DateOnly asOf)
    {
        var criterion = compiled.Criterion;
        var (threshold, applied) = criterion.ThresholdFor(values.UnitType, period);
        if (!criterion.IsInForce(period))
        {
            return new CriterionRating(compiled, applied, Outcome.NotInForce, null, null);
        }

        var position = compiled.Slot < 0 ? -1 : values.PositionWithCarry(compiled.Slot, period, criterion.Missing);
        if (position < 0)
        {
            return criterion.Missing.Strategy == MissingValueStrategy.Red
                ? new CriterionRating(compiled, applied, Outcome.Rated, Rating.Red, null)
                : new CriterionRating(compiled, applied, Outcome.NoData, null, null);
        }

        var value = values.ValueAt(position);
        // A ratio reported as a percentage only is rated as a percentage: no count, so no minimum denominator.
        var kind = RatedKind.Of(compiled.Kind, value);
        if (kind == IndicatorKind.Ratio && (value.Whole == 0m || value.Whole < criterion.MinDenominator))
        {
            return new CriterionRating(compiled, applied, Outcome.InsufficientData, null, value);
        }

        var rating = kind switch
        {
            IndicatorKind.YesNo => value.Flag == true ? Rating.Green : Rating.Red,
            IndicatorKind.Task => TaskRating.Decide(value, threshold, asOf),
            _ => NumericRating.Rate(kind, value, threshold, compiled.Boundary),
        };
        return new CriterionRating(compiled, applied, Outcome.Rated, rating, value);
    }
}
