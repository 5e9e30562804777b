using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Why a commune got its overall colour, before it is put into words.</summary>
public enum Verdict
{
    /// <summary>Nothing reported for the period (or nothing could be rated): no colour.</summary>
    NotRated,

    /// <summary>A critical criterion is red.</summary>
    CriticalRed,

    /// <summary>At least K criteria are red.</summary>
    TooManyRed,

    /// <summary>Every critical criterion green and the green share reached.</summary>
    Green,

    /// <summary>Neither red nor green under the critical + share rule.</summary>
    Yellow,

    /// <summary>The points total fell into a band.</summary>
    PointsBand,
}

/// <summary>
/// A commune's colours for one period, per criterion and overall, with the facts behind them but no sentences:
/// what the rescore, the what-if and the league need, cheap to compute. <see cref="Scorer.Explain"/> turns it
/// into a <see cref="CommuneScore"/> with every sentence and the path to green.
/// </summary>
public sealed class CommuneRating
{
    private readonly CriterionRating[] _criteria;

    private readonly decimal? _points;

    internal CommuneRating(
        RuleSet rules, CommuneValues values, Period period, DateOnly asOf, CriterionRating[] criteria,
        Rating? overall, decimal? points, Verdict verdict, in CriticalShareCounts counts)
    {
        Rules = rules;
        Values = values;
        Period = period;
        AsOf = asOf;
        _criteria = criteria;
        Overall = overall;
        _points = points;
        Verdict = verdict;
        GreenCount = counts.Green;
        RedCount = counts.Red;
        RatedCount = counts.Rated;
        UnratedCount = counts.Unrated;
    }

    public string CommuneCode => Values.CommuneCode;

    public Period Period { get; }

    public DateOnly AsOf { get; }

    /// <summary>The published colour; null when the commune is not rated for the period (no data).</summary>
    public Rating? Overall { get; }

    /// <summary>The overall colour before the overall's stability rule (equal to <see cref="Overall"/> without one).</summary>
    public Rating? RawOverall { get => _rawOverall ?? Overall; init => _rawOverall = value; }

    private readonly Rating? _rawOverall;

    /// <summary>What the overall's stability rule decided; null when the rule set has none for the overall colour.</summary>
    public ColourStability? OverallStability { get; init; }

    /// <summary>The earlier colours used (pinned in the stored rating); null when the rule set has no stability rule.</summary>
    public EarlierColours? Earlier { get; init; }

    /// <summary>
    /// Critical + share: the percentage of rated criteria that are green (worked out when asked: the colour does not
    /// need it). Points: the points total. Null when not rated.
    /// </summary>
    public decimal? Score => Verdict == Verdict.NotRated ? null
        : Rules.Aggregation is PointsAggregation ? _points
        : CriticalShareRating.GreenShare(GreenCount, ShareBase);

    public Verdict Verdict { get; }

    /// <summary>Every criterion in rule-file order.</summary>
    public ReadOnlySpan<CriterionRating> Criteria => _criteria;

    public int GreenCount { get; }

    public int RedCount { get; }

    /// <summary>Criteria with a colour (not no data, not insufficient data).</summary>
    public int RatedCount { get; }

    /// <summary>Criteria without a colour (no data, insufficient data).</summary>
    public int UnratedCount { get; }

    /// <summary>What the green share is a share of (critical + share only): rated criteria plus those without a colour beyond the allowance.</summary>
    public int ShareBase => Rules.Aggregation is CriticalShareAggregation rule ? rule.ShareBase(RatedCount, UnratedCount) : RatedCount;

    internal RuleSet Rules { get; }

    internal CommuneValues Values { get; }
}
