using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The league table for a period as filtered: the rows shown, how many units there are, and the period's peer groups.</summary>
/// <param name="Period">The period shown (the latest when none is asked for); null when nothing is rated yet.</param>
/// <param name="Group">The peer group filtered on; an unknown one is dropped, so a stale link after the bands changed still shows the table.</param>
public sealed record LeagueView(Period? Period, IReadOnlyList<Period> Periods, IReadOnlyList<LeagueRow> Rows, int Total, PeerQueries.PeerTable? Peers, string? Group)
{
    public static LeagueView Empty { get; } = new(null, [], [], 0, null, null);

    /// <summary>
    /// The data-version stamp read before the view was: the rows are never older than it, so markup made from them can
    /// be kept under it (the page keeps its rows' markup; see LeagueTable.cshtml).
    /// </summary>
    public long Stamp { get; init; }

    /// <summary>This table's URL with <paramref name="filter"/> and one change (another sort, direction or handler).</summary>
    public string Link(LeagueQueries.Filter filter, string? sort = null, bool? desc = null, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new Dictionary<string, string?>
        {
            ["period"] = Period?.ToString(), ["type"] = filter.Type, ["colour"] = filter.Colour?.Spelling(), ["q"] = filter.Search, ["group"] = filter.Group,
            ["sort"] = sort ?? filter.Sort, ["desc"] = (desc ?? filter.Descending) ? "true" : "false", ["handler"] = handler,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/LeagueTable", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    public sealed class Query(LeagueQueries league, RatingsQueries ratings, Caching.PageCache cache)
    {
        public async Task<LeagueView> GetAsync(Period? period, LeagueQueries.Filter filter, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var stamp = await cache.StampAsync(ct);
            var periods = await ratings.ListPeriodsAsync(ct);
            if (await ratings.ResolvePeriodAsync(period, ct) is not { } shown)
            {
                return Empty with { Periods = periods, Group = filter.Group, Stamp = stamp };
            }

            var all = await league.RankAsync(shown, ct);
            var peers = await league.PeersAsync(shown, ct);
            var group = peers.Groups.Any(g => g.Key == filter.Group) ? filter.Group : null;
            return new LeagueView(shown, periods, LeagueQueries.Apply(all, filter with { Group = group }, peers), all.Count, peers, group) { Stamp = stamp };
        }
    }
}
