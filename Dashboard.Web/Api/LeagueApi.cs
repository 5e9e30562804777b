using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Peers;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>GET /api/v1/league: the league table of a period with each unit's city-wide rank and its place in its peer group.</summary>
public static class LeagueApi
{
    public static RouteGroupBuilder MapLeagueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/league", ListAsync)
            .WithTags("Ratings")
            .WithName("LeagueTable")
            .WithSummary("Every unit ranked city-wide and within its peer group (unit type × population band, with the fallback to a wider group when its own is too small), with the percentile in the group; optionally one group only.")
            .Produces<LeagueDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    /// <param name="group">A peer group's key (see "groups" in the answer); every unit when omitted.</param>
    private static async Task<IResult> ListAsync(string? period, string? group, RatingsQueries ratings, LeagueQueries league, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        var chosen = await ratings.ResolvePeriodAsync(asked, ct);
        if (chosen is not { } at)
        {
            return ApiProblems.NoPeriods();
        }

        var rows = await league.RankAsync(at, ct);
        var peers = await league.PeersAsync(at, ct);
        if (group is not null && !peers.Groups.Any(g => g.Key == group))
        {
            return TypedResults.Problem(
                title: "Không có nhóm so sánh này / No such peer group",
                detail: $"'{group}' không phải mã nhóm của kỳ {at}; các mã: {string.Join(", ", peers.Groups.Select(g => g.Key))}. / '{group}' is not a peer group of {at}.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var shown = LeagueQueries.Apply(rows, new LeagueQueries.Filter(null, null, null, Group: group), peers);
        return TypedResults.Ok(new LeagueDto(
            at,
            new PeerRulesDto([.. peers.Rules.PopulationCuts], peers.Rules.MinGroupSize, peers.Rules.IsDefault),
            [.. peers.Groups.Select(Group)],
            shown.Count,
            [.. shown.Select(r => new LeagueRowDto(
                r.Commune.Code, r.Commune.FullName, r.Commune.Type, r.Commune.Population, r.Overall, r.Current?.Score, r.Rank,
                r.Peer is null ? null : new PeerPlaceDto(r.Peer.Group.Key, r.Peer.Assignment.Own.Key, r.Peer.Assignment.IsFallback, r.Peer.Rank, r.Peer.Size, r.Peer.Percentile)))]));
    }

    private static PeerGroupDto Group(PeerGroup group) => new(group.Key, group.Name.Vi, group.Name.En, group.Size);
}

public sealed record LeagueDto(Period Period, PeerRulesDto PeerRules, IReadOnlyList<PeerGroupDto> Groups, int Count, IReadOnlyList<LeagueRowDto> Rows);

/// <param name="PopulationBands">Ascending lower bounds of every band after the first.</param>
/// <param name="IsDefault">True when the rule set in force sets no peer groups and the proposed default applies.</param>
public sealed record PeerRulesDto(IReadOnlyList<int> PopulationBands, int MinGroupSize, bool IsDefault);

public sealed record PeerGroupDto(string Key, string NameVi, string NameEn, int Size);

/// <param name="Rank">City-wide rank.</param>
public sealed record LeagueRowDto(string Code, string Name, string Type, int Population, RatingColour Overall, decimal? Score, int Rank, PeerPlaceDto? Peer);

/// <param name="Group">The group the unit is ranked in.</param>
/// <param name="OwnGroup">Its own type-and-band group; differs from Group after a fallback.</param>
/// <param name="Percentile">Share of the group's other units ranked below it (0–100); null when not rated or alone.</param>
public sealed record PeerPlaceDto(string Group, string OwnGroup, bool Fallback, int Rank, int GroupSize, int? Percentile);
