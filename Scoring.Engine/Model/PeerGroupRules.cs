namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// How the league table forms peer groups: unit type (phường, xã, đặc khu) crossed with population bands, and the
/// smallest group worth ranking in; a unit whose group is smaller is ranked in a wider group
/// (Peers.PeerGrouping). Optional in the rule file: <see cref="Default"/> applies when it is absent.
/// </summary>
/// <param name="PopulationCuts">Ascending lower bounds of every band after the first: [50000, 100000] makes three bands.</param>
/// <param name="MinGroupSize">A group with fewer units than this falls back to a wider one.</param>
/// <param name="IsDefault">True when the rule file does not set peer groups and the proposed default is used.</param>
public sealed record PeerGroupRules(IReadOnlyList<int> PopulationCuts, int MinGroupSize, bool IsDefault = false)
{
    /// <summary>
    /// Proposed, not adopted by the city: under 50,000 residents, 50,000 to under 100,000, and 100,000 or more, split the
    /// 168 units (2024 populations) into groups of 10 to 53, and at least 5 units a group. See docs/peer-groups.md.
    /// </summary>
    public static PeerGroupRules Default { get; } = new([50_000, 100_000], 5, IsDefault: true);

    public LocalizedText? Rationale { get; init; }

    /// <summary>The band index of a population: 0 below the first cut, and so on.</summary>
    public int BandOf(decimal population)
    {
        var band = 0;
        while (band < PopulationCuts.Count && population >= PopulationCuts[band])
        {
            band++;
        }

        return band;
    }
}
