using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// One criterion rated: its colour and the facts that explain it (the value used, the threshold applied, the amount
/// missing to each better colour), without the sentences. <see cref="Scorer.Explain"/> writes those from these facts.
/// Kept small (three references and two bytes): a city rescore makes over a hundred thousand of them. The amounts and
/// points follow exactly from the value and the threshold, so they are worked out when asked rather than stored.
/// </summary>
public readonly struct CriterionRating
{
    private readonly CompiledCriterion _criterion;
    private readonly CompiledThreshold _threshold;
    private readonly Outcome _outcome;
    private readonly Rating _rating;
    private readonly bool _hasRating;
    private readonly ColourStability? _stability;

    internal CriterionRating(CompiledCriterion criterion, CompiledThreshold threshold, Outcome outcome, Rating? rating, IndicatorValue? value)
    {
        _criterion = criterion;
        _threshold = threshold;
        _outcome = outcome;
        (_rating, _hasRating) = (rating ?? default, rating is not null);
        Value = value;
        _stability = null;
    }

    /// <summary>The same rating with a stability rule applied: <see cref="Rating"/> becomes the published colour.</summary>
    internal CriterionRating(in CriterionRating raw, ColourStability stability)
    {
        this = raw;
        _stability = stability;
    }

    /// <summary>Set when the criterion has a stability rule: the raw colour, the published one and why.</summary>
    public ColourStability? Stability => _stability;

    /// <summary>The colour as computed from the value, before any stability rule; what the sentence and the amounts describe.</summary>
    public Rating? RawRating => _hasRating ? _rating : null;

    public Criterion Criterion => _criterion.Criterion;

    public string Code => _criterion.Criterion.Code;

    public bool IsCritical => _criterion.IsCritical;

    public Outcome Outcome => _outcome;

    /// <summary>The published colour: null unless <see cref="Outcome"/> is <see cref="Outcome.Rated"/>; under a stability rule possibly an earlier colour that holds.</summary>
    public Rating? Rating => _stability is { } stability ? stability.Published : RawRating;

    /// <summary>The value rated (possibly carried forward from an earlier period); null when nothing was reported.</summary>
    public IndicatorValue? Value { get; }

    public Threshold Threshold => _threshold.Threshold;

    /// <summary>The override that supplied <see cref="Threshold"/>, if any.</summary>
    public ThresholdOverride? Override => _threshold.Override;

    /// <summary>Ratio, count, percentage rated red: the amount to add (or remove) to reach yellow. Exact (decimal).</summary>
    public decimal? ToYellow => IsRatedNumber && _rating == Model.Rating.Red ? AmountTo(Threshold.Yellow!.Value) : null;

    /// <summary>Ratio, count, percentage not green: the amount to add (or remove) to reach green. Exact (decimal).</summary>
    public decimal? ToGreen => IsRatedNumber && _rating != Model.Rating.Green ? AmountTo(Threshold.Green!.Value) : null;

    /// <summary>Points earned, under the points aggregation only; none for a criterion not in force (it is left out of the total).</summary>
    public decimal? Points => _outcome == Outcome.NotInForce ? null : PointsCalculator.Earned(Criterion, Threshold, Value, RawRating);

    /// <summary>
    /// Relative effort to reach green, 0 (there) to 1 (from nothing), so that criteria of different units can be compared.
    /// Only the path to green orders by it, so it is worked out when asked (two decimal divisions per criterion).
    /// </summary>
    public decimal Effort =>
        RawRating == Model.Rating.Green || _outcome == Outcome.NotInForce ? 0m
        : IsRatedNumber ? NumericRating.Effort(RatedKind.Of(_criterion.Kind, Value!), Value!, Threshold)
        : 1m;

    /// <summary>A ratio, count or percentage with a value and a colour: the kinds that have amounts to a better colour.</summary>
    private bool IsRatedNumber =>
        _hasRating && Value is not null && _criterion.Kind is IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage;

    /// <remarks>
    /// The value is known to fall short of the cut: the rating is below it. A percentage-only ratio's amount is in
    /// percentage points (<see cref="RatedKind"/>): without a count there are no machines to name.
    /// </remarks>
    private decimal AmountTo(decimal cut) => NumericRating.AmountShort(RatedKind.Of(_criterion.Kind, Value!), Value!, cut, Threshold.Direction, _criterion.Boundary);
}
