using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Where a unit stands in a period beside the city: its rank in the city, its place in its peer group with the
/// group's medians per criterion, and the stored rating's stability facts (raw colour, re-publication).
/// </summary>
public sealed record CommuneStanding(
    PeerPlace? Peer, PeerGroupRules? PeerRules, int CityRank, int CityTotal, IReadOnlyDictionary<string, decimal?> PeerMedians, RatingStabilityRow? Stability)
{
    public static CommuneStanding None { get; } = new(null, null, 0, 0, new Dictionary<string, decimal?>(), null);

    /// <summary>Reads where a unit stands in the city for its scorecard's period.</summary>
    public sealed class Query(LeagueQueries league, PeerQueries peers, RatingSnapshotRepository snapshots, Caching.PageCache cache)
    {
        public async Task<CommuneStanding> GetAsync(ScorecardQueries.Scorecard card, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(card);
            var standing = None;
            if (card is { Period: { } rated })
            {
                var rows = await league.RankAsync(rated, ct);
                var table = await league.PeersAsync(rated, ct);
                var row = rows.FirstOrDefault(r => r.Commune.Code == card.Commune.Code);
                standing = standing with { Peer = row?.Peer, PeerRules = table.Rules, CityRank = row?.Rank ?? 0, CityTotal = rows.Count };
                standing = row?.Peer is { } peer ? standing with { PeerMedians = await peers.MediansAsync(rated, peer.Group, ct) } : standing;
            }

            return card.Snapshot is { } stored
                ? standing with { Stability = await cache.GetOrCreateAsync($"stability:{stored.Id}", fillCt => snapshots.FindStabilityAsync(stored.Id, fillCt), ct) }
                : standing;
        }
    }
}
