namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// The colours a unit was given in earlier periods, most recent first: what a stability rule (<see cref="StabilityRule"/>)
/// needs to decide whether a new colour is published. Taken from the stored ratings by the caller and pinned in the new
/// rating, so that reproducing it later uses exactly these and not whatever is stored by then.
/// </summary>
public sealed record EarlierColours(IReadOnlyList<EarlierPeriodColours> Periods)
{
    public static EarlierColours None { get; } = new([]);

    /// <summary>The entry for a period, or null when there is none (not rated, or not passed in).</summary>
    public EarlierPeriodColours? For(Period period) => Periods.FirstOrDefault(p => p.Period == period);
}

/// <summary>One earlier period's colours: overall and per criterion (only those with a stability rule need to be given).</summary>
public sealed record EarlierPeriodColours(Period Period, ColourPair? Overall, IReadOnlyDictionary<string, ColourPair> Criteria);

/// <summary>
/// A colour as computed (<paramref name="Raw"/>) and as published after the stability rule (<paramref name="Published"/>);
/// null for no colour (no data, insufficient data, not in force, not rated).
/// </summary>
public sealed record ColourPair(Rating? Raw, Rating? Published);
