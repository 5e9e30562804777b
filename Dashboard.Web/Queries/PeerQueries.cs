using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Peers;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Peer groups for a period: each unit's group under the peer-group rules of the rule set in force (the proposed default
/// when it sets none), its rank and percentile within the group in the league's order, and each group's median per
/// criterion, cached with the period's ratings.
/// </summary>
public sealed class PeerQueries(RatingsQueries ratings, ActiveRules rules, RatingSnapshotRepository snapshots)
{
    /// <summary>The peer groups of a period with every unit's place in its group.</summary>
    /// <param name="Groups">The groups units are ranked in, by key.</param>
    /// <param name="Rankings">Per group (by key), every member's place among the group's members.</param>
    public sealed record PeerTable(
        PeerGroupRules Rules, IReadOnlyDictionary<string, PeerPlace> Places, IReadOnlyList<PeerGroup> Groups,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, PeerPlace>> Rankings)
    {
        /// <summary>A unit's place among a group's members (the page filtered to a group); null when it is not a member.</summary>
        public PeerPlace? PlaceIn(string groupKey, string code) => Rankings.GetValueOrDefault(groupKey)?.GetValueOrDefault(code);
    }

    public Task<PeerTable> ForPeriodAsync(Period period, IReadOnlyList<LeagueRow> ranked, CancellationToken ct) =>
        ratings.DerivedAsync("peers:" + period, async fillCt =>
        {
            var peerRules = (await rules.FindForPeriodAsync(period, fillCt))?.Rules.PeerGroups ?? PeerGroupRules.Default;
            var communes = await ratings.ListCommunesInForceAsync(period, fillCt);
            var assigned = PeerGrouping.Assign(peerRules, [.. communes.Select(c => new PeerUnit(c.Code, UnitTypeOf(c.Type), c.Population))]);
            var groups = assigned.Values.Select(a => a.Group).DistinctBy(g => g.Key).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var rankings = new Dictionary<string, IReadOnlyDictionary<string, PeerPlace>>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                // Every member in the league's order (colour, then score, then name): the same order as the city-wide rank.
                var members = group.Members.ToHashSet(StringComparer.Ordinal);
                var places = new Dictionary<string, PeerPlace>(StringComparer.Ordinal);
                var rank = 0;
                foreach (var row in ranked.Where(r => members.Contains(r.Commune.Code) && assigned.ContainsKey(r.Commune.Code)))
                {
                    rank++;
                    places[row.Commune.Code] = new PeerPlace(assigned[row.Commune.Code], group, rank,
                        row.Overall == RatingColour.NoData ? null : PeerStats.Percentile(rank, group.Size));
                }

                rankings[group.Key] = places;
            }

            var own = assigned.Values
                .Where(a => rankings[a.Group.Key].ContainsKey(a.Code))
                .ToDictionary(a => a.Code, a => rankings[a.Group.Key][a.Code], StringComparer.Ordinal);
            return new PeerTable(peerRules, own, groups, rankings);
        }, ct);

    /// <summary>
    /// The median of each criterion's value among the group's rated units, for criteria whose stored value compares across
    /// units (percentages, counts; not per-capita counts, whose stored value is the count, nor yes/no and tasks).
    /// </summary>
    public Task<IReadOnlyDictionary<string, decimal?>> MediansAsync(Period period, PeerGroup group, CancellationToken ct) =>
        ratings.DerivedAsync($"peer-medians:{period}:{group.Key}", async fillCt =>
        {
            var ruleSet = (await rules.FindForPeriodAsync(period, fillCt))?.Rules;
            var members = group.Members.ToHashSet(StringComparer.Ordinal);
            var criteria = (await snapshots.ListLatestSummariesForPeriodAsync(period, fillCt))
                .Where(s => members.Contains(s.CommuneCode))
                .SelectMany(s => s.Criteria)
                .Where(c => c.Value is not null && c.Rating is RatingColour.Green or RatingColour.Yellow or RatingColour.Red)
                .GroupBy(c => c.CriterionCode);
            return (IReadOnlyDictionary<string, decimal?>)criteria
                .Where(g => ruleSet?.FindCriterion(g.Key)?.Indicator is { PerCapita: null, Kind: IndicatorKind.Ratio or IndicatorKind.Count or IndicatorKind.Percentage })
                .ToDictionary(g => g.Key, g => PeerStats.Median(g.Select(c => c.Value!.Value)), StringComparer.Ordinal);
        }, ct);

    public static UnitType UnitTypeOf(string type) => type switch
    {
        CommuneTypes.Xa => UnitType.Xa,
        CommuneTypes.DacKhu => UnitType.DacKhu,
        _ => UnitType.Phuong,
    };
}
