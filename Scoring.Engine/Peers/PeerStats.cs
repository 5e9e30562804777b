namespace DashboardKpi.Scoring.Engine.Peers;

/// <summary>Rank statistics within a peer group, the same way everywhere they are shown.</summary>
public static class PeerStats
{
    /// <summary>
    /// The share of the other units of the group ranked below this one, 0 to 100 (the best of 20 is 100, the worst 0),
    /// rounded to a whole number; null for a group of one, which has no one to compare with.
    /// </summary>
    public static int? Percentile(int rank, int size) =>
        size < 2 || rank < 1 || rank > size ? null : (int)Math.Round((size - rank) * 100m / (size - 1), MidpointRounding.AwayFromZero);

    /// <summary>The median of the values (the mean of the middle two for an even count); null when there are none.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
