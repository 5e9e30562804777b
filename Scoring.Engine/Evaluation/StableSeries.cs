using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// Rates a unit over consecutive periods under a rule set with stability rules, each period's colours becoming the
/// next one's earlier colours: what the what-if does to show a draft's stability rule as if it had been in force.
/// Also turns a rating into the colours a later period needs (<see cref="ColoursOf(CommuneScore)"/>).
/// </summary>
public static class StableSeries
{
    /// <summary>How many periods before the first one compared the what-if starts a stability rule, with no earlier colours.</summary>
    public const int WarmUpPeriods = 12;

    /// <summary>The ratings of every period from <paramref name="first"/> through <paramref name="last"/>, in order.</summary>
    public static IReadOnlyList<CommuneRating> Rate(RuleSet rules, CommuneValues values, Period first, Period last)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var lookBack = rules.StabilityLookBack;
        var earlier = new List<EarlierPeriodColours>();
        var ratings = new List<CommuneRating>();
        foreach (var period in first.Through(last))
        {
            var rating = Rater.Rate(rules, values, period, period.LastDay, new EarlierColours(earlier.ToList()));
            ratings.Add(rating);
            earlier.Insert(0, ColoursOf(rating));
            if (earlier.Count > lookBack)
            {
                earlier.RemoveAt(earlier.Count - 1);
            }
        }

        return ratings;
    }

    /// <summary>A rating's colours as a later period needs them: overall, and each criterion with a stability rule.</summary>
    public static EarlierPeriodColours ColoursOf(CommuneRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        var criteria = new Dictionary<string, ColourPair>(StringComparer.Ordinal);
        foreach (var criterion in rating.Criteria)
        {
            if (criterion.Criterion.Stability is not null)
            {
                criteria[criterion.Code] = new ColourPair(criterion.RawRating, criterion.Rating);
            }
        }

        return new EarlierPeriodColours(rating.Period, new ColourPair(rating.RawOverall, rating.Overall), criteria);
    }

    /// <summary>A stored score's colours as a later period needs them; null for a score of a rule set without stability.</summary>
    public static EarlierPeriodColours? ColoursOf(CommuneScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.Stability is not { } stability)
        {
            return null;
        }

        var criteria = new Dictionary<string, ColourPair>(StringComparer.Ordinal);
        foreach (var criterion in score.Criteria)
        {
            if (criterion.Stability is { } held)
            {
                criteria[criterion.Code] = new ColourPair(held.Raw, criterion.Rating);
            }
        }

        return new EarlierPeriodColours(score.Period, new ColourPair(stability.RawOverall, score.Overall), criteria);
    }

    /// <summary>The same rule set with every stability rule off: what the what-if compares a draft's published colours with.</summary>
    public static RuleSet WithoutStability(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules with
        {
            Criteria = rules.Criteria.Select(c => c.Stability is null ? c : c with { Stability = null }).ToList(),
            Aggregation = rules.Aggregation with { Stability = null },
        };
    }
}
