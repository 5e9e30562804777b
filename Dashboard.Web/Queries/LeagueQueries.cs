using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The league table: the units in force in a period ranked for it, with last period's rating beside them.</summary>
public sealed class LeagueQueries(RatingsQueries ratings, PeerQueries peers)
{
    /// <param name="Group">A peer group's key ("xa-0", or a wider group "xa", "band-0", "all"): only units ranked in it.</param>
    public sealed record Filter(string? Type, RatingColour? Colour, string? Search, string Sort = "rank", bool Descending = false, string? Group = null);

    public static readonly string[] SortKeys = ["rank", "name", "type", "rating", "score", "green", "yellow", "red", "change", "group", "peerRank", "percentile"];

    /// <summary>All units ranked for a period with their peer-group places, computed once while the period's ratings stay cached.</summary>
    public Task<IReadOnlyList<LeagueRow>> RankAsync(Period period, CancellationToken ct) =>
        ratings.DerivedAsync("league:" + period, async fillCt =>
        {
            var rows = await BuildRankingAsync(period, fillCt);
            var table = await peers.ForPeriodAsync(period, rows, fillCt);
            return (IReadOnlyList<LeagueRow>)rows.Select(r => r with { Peer = table.Places.GetValueOrDefault(r.Commune.Code) }).ToList();
        }, ct);

    /// <summary>The period's peer groups (after <see cref="RankAsync"/> has placed the units in them).</summary>
    public async Task<PeerQueries.PeerTable> PeersAsync(Period period, CancellationToken ct) =>
        await peers.ForPeriodAsync(period, await RankAsync(period, ct), ct);

    private async Task<IReadOnlyList<LeagueRow>> BuildRankingAsync(Period period, CancellationToken ct)
    {
        var communes = await ratings.ListCommunesInForceAsync(period, ct);
        var current = await ratings.ForPeriodAsync(period, ct);
        var previousPeriod = await ratings.PreviousPeriodAsync(period, ct);
        var previous = previousPeriod is { } before ? await ratings.ForPeriodAsync(before, ct) : null;
        return communes
            .Select(c => (Commune: c, Current: current.GetValueOrDefault(c.Code), Previous: previous?.GetValueOrDefault(c.Code)))
            .OrderByDescending(x => LeagueRow.ColourRank(x.Current?.Overall ?? RatingColour.NoData))
            .ThenByDescending(x => x.Current?.Score ?? -1)
            .ThenBy(x => x.Commune.Name, StringComparer.Ordinal)
            .Select((x, i) => new LeagueRow(i + 1, x.Commune, x.Current, x.Previous, LeagueRow.Compare(x.Current, x.Previous)))
            .ToList();
    }

    /// <param name="peers">With a group filter: every member of the group is shown, placed among its members.</param>
    public static IReadOnlyList<LeagueRow> Apply(IReadOnlyList<LeagueRow> rows, Filter filter, PeerQueries.PeerTable? peers = null)
    {
        IEnumerable<LeagueRow> result = rows;
        if (filter.Type is CommuneTypes.Phuong or CommuneTypes.Xa or CommuneTypes.DacKhu)
        {
            result = result.Where(r => r.Commune.Type == filter.Type);
        }

        if (!string.IsNullOrEmpty(filter.Group))
        {
            var group = filter.Group;
            result = peers is null
                ? result.Where(r => r.Peer?.Group.Key == group)
                : result.Where(r => peers.PlaceIn(group, r.Commune.Code) is not null).Select(r => r with { Peer = peers.PlaceIn(group, r.Commune.Code) });
        }

        if (filter.Colour is { } colour)
        {
            result = result.Where(r => r.Overall == colour);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            result = result.Where(r => SearchText.Matches(filter.Search, r.Commune.Name, r.Commune.FullName, r.Commune.FullNameAlt, r.Commune.NameEn, r.Commune.Code));
        }

        Func<LeagueRow, IComparable?> key = filter.Sort switch
        {
            "name" => r => SearchText.Fold(r.Commune.Name),
            "type" => r => r.Commune.Type,
            "rating" => r => LeagueRow.ColourRank(r.Overall),
            "score" => r => r.Current?.Score ?? -1,
            "green" => r => r.Current?.Green ?? -1,
            "yellow" => r => r.Current?.Yellow ?? -1,
            "red" => r => r.Current?.Red ?? -1,
            "change" => r => r.Change ?? -2,
            // Group by group (in key order), then by the rank within it.
            "group" => r => (r.Peer?.Group.Key ?? "", r.Peer?.Rank ?? int.MaxValue),
            "peerRank" => r => r.Peer?.Rank ?? int.MaxValue,
            "percentile" => r => r.Peer?.Percentile ?? -1,
            _ => r => r.Rank,
        };
        var ordered = filter.Descending ? result.OrderByDescending(key).ThenBy(r => r.Rank) : result.OrderBy(key).ThenBy(r => r.Rank);
        return ordered.ToList();
    }
}
