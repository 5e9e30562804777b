using DashboardKpi.Scoring.Engine.Peers;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// A unit's place in a peer group: normally the group it is ranked in (<see cref="PeerAssignment.Group"/>, wider than its
/// own after a fallback); when the league is filtered to a wider group, its place among that group's members.
/// </summary>
/// <param name="Percentile">Null when the unit is not rated or the group has one unit.</param>
public sealed record PeerPlace(PeerAssignment Assignment, PeerGroup Group, int Rank, int? Percentile)
{
    public int Size => Group.Size;

    /// <summary>Ranked in this group because its own group is too small (marked on the page).</summary>
    public bool IsFallback => Assignment.IsFallback && Assignment.Group.Key == Group.Key;
}
