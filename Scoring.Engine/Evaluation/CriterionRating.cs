using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// One criterion rated: its colour and the facts that explain it (the value used, the threshold applied, the amount
/// missing to each better colour), without the sentences. <see cref="Scorer.Explain"/> writes those from these facts.
/// Kept small (three references, three decimals, three bytes): a city rating holds thousands of them.
/// </summary>
public readonly struct CriterionRating
{
    private readonly CompiledCriterion _criterion;
    private readonly CompiledThreshold _threshold;
    private readonly decimal _toYellow;
    private readonly decimal _toGreen;
    private readonly decimal _points;
    private readonly Facts _facts;
    private readonly Outcome _outcome;
    private readonly Rating _rating;

    internal CriterionRating(
        CompiledCriterion criterion, CompiledThreshold threshold, Outcome outcome, Rating? rating, IndicatorValue? value,
        decimal? toYellow, decimal? toGreen, decimal? points)
    {
        _criterion = criterion;
        _threshold = threshold;
        _outcome = outcome;
        _rating = rating ?? default;
        Value = value;
        (_toYellow, _toGreen, _points) = (toYellow ?? 0m, toGreen ?? 0m, points ?? 0m);
        _facts = (rating is null ? 0 : Facts.HasRating) | (toYellow is null ? 0 : Facts.HasToYellow)
            | (toGreen is null ? 0 : Facts.HasToGreen) | (points is null ? 0 : Facts.HasPoints);
    }

    [Flags]
    private enum Facts : byte
    {
        HasRating = 1,
        HasToYellow = 2,
        HasToGreen = 4,
        HasPoints = 8,
    }

    public Criterion Criterion => _criterion.Criterion;

    public string Code => _criterion.Criterion.Code;

    public bool IsCritical => _criterion.IsCritical;

    public Outcome Outcome => _outcome;

    /// <summary>Null unless <see cref="Outcome"/> is <see cref="Outcome.Rated"/>.</summary>
    public Rating? Rating => (_facts & Facts.HasRating) != 0 ? _rating : null;

    /// <summary>The value rated (possibly carried forward from an earlier period); null when nothing was reported.</summary>
    public IndicatorValue? Value { get; }

    public Threshold Threshold => _threshold.Threshold;

    /// <summary>The override that supplied <see cref="Threshold"/>, if any.</summary>
    public ThresholdOverride? Override => _threshold.Override;

    /// <summary>Ratio, count, percentage rated red: the amount to add (or remove) to reach yellow.</summary>
    public decimal? ToYellow => (_facts & Facts.HasToYellow) != 0 ? _toYellow : null;

    /// <summary>Ratio, count, percentage not green: the amount to add (or remove) to reach green.</summary>
    public decimal? ToGreen => (_facts & Facts.HasToGreen) != 0 ? _toGreen : null;

    /// <summary>Points earned, under the points aggregation only.</summary>
    public decimal? Points => (_facts & Facts.HasPoints) != 0 ? _points : null;

    /// <summary>
    /// Relative effort to reach green, 0 (there) to 1 (from nothing), so that criteria of different units can be compared.
    /// Only the path to green orders by it, so it is worked out when asked (two decimal divisions per criterion).
    /// </summary>
    public decimal Effort => (Outcome, Rating, Criterion.Indicator.Kind) switch
    {
        (_, Model.Rating.Green, _) => 0m,
        (Outcome.Rated, _, IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage) when Value is not null =>
            NumericRating.Effort(Criterion.Indicator.Kind, Value, Threshold),
        _ => 1m,
    };
}
