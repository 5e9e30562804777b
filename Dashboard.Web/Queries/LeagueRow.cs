using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>One line of the league table: the unit, its rating this period and last period, and the change.</summary>
/// <param name="Change">+1 better than the previous period, -1 worse, 0 the same, null when either period has no rating.</param>
/// <param name="Peer">The unit's place in its peer group; null where peer groups are not computed (the what-if map).</param>
public sealed record LeagueRow(int Rank, Commune Commune, CommuneRatingSummary? Current, CommuneRatingSummary? Previous, int? Change, PeerPlace? Peer = null)
{
    public RatingColour Overall => Current?.Overall ?? RatingColour.NoData;

    /// <summary>Green 3, yellow 2, red 1, no data 0: sorts best first when descending.</summary>
    public static int ColourRank(RatingColour colour) => colour switch
    {
        RatingColour.Green => 3,
        RatingColour.Yellow => 2,
        RatingColour.Red => 1,
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => 0,
    };

    public static int? Compare(CommuneRatingSummary? current, CommuneRatingSummary? previous)
    {
        if (current is null || previous is null || current.Overall == RatingColour.NoData || previous.Overall == RatingColour.NoData)
        {
            return null;
        }

        var byColour = ColourRank(current.Overall).CompareTo(ColourRank(previous.Overall));
        if (byColour != 0)
        {
            return Math.Sign(byColour);
        }

        var delta = (current.Score ?? 0) - (previous.Score ?? 0);
        return Math.Abs(delta) < 0.005m ? 0 : Math.Sign(delta);
    }
}
