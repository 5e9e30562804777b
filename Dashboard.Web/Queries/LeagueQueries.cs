using DashboardKpi.Ingest.Jobs.Storage.Communes;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The league table: all 168 units ranked for a period, with last period's rating beside them.</summary>
public sealed class LeagueQueries(RatingsQueries ratings)
{
    public sealed record Filter(string? Type, string? Colour, string? Search, string Sort = "rank", bool Descending = false);

    public static readonly string[] SortKeys = ["rank", "name", "type", "rating", "score", "green", "yellow", "red", "change"];

    /// <summary>All units ranked for a period, computed once while the period's ratings stay cached.</summary>
    public Task<IReadOnlyList<LeagueRow>> RankAsync(string period, CancellationToken ct) =>
        ratings.DerivedAsync("league:" + period, fillCt => BuildRankingAsync(period, fillCt), ct);

    private async Task<IReadOnlyList<LeagueRow>> BuildRankingAsync(string period, CancellationToken ct)
    {
        var communes = await ratings.ListCommunesAsync(ct);
        var current = await ratings.ForPeriodAsync(period, ct);
        var previousPeriod = await ratings.PreviousPeriodAsync(period, ct);
        var previous = previousPeriod is null ? null : await ratings.ForPeriodAsync(previousPeriod, ct);
        return communes
            .Select(c => (Commune: c, Current: current.GetValueOrDefault(c.Code), Previous: previous?.GetValueOrDefault(c.Code)))
            .OrderByDescending(x => LeagueRow.ColourRank(x.Current?.Overall))
            .ThenByDescending(x => x.Current?.Score ?? -1)
            .ThenBy(x => x.Commune.Name, StringComparer.Ordinal)
            .Select((x, i) => new LeagueRow(i + 1, x.Commune, x.Current, x.Previous, LeagueRow.Compare(x.Current, x.Previous)))
            .ToList();
    }

    public static IReadOnlyList<LeagueRow> Apply(IReadOnlyList<LeagueRow> rows, Filter filter)
    {
        IEnumerable<LeagueRow> result = rows;
        if (filter.Type is CommuneTypes.Phuong or CommuneTypes.Xa or CommuneTypes.DacKhu)
        {
            result = result.Where(r => r.Commune.Type == filter.Type);
        }

        if (!string.IsNullOrEmpty(filter.Colour))
        {
            result = result.Where(r => r.Overall == filter.Colour);
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
            _ => r => r.Rank,
        };
        var ordered = filter.Descending ? result.OrderByDescending(key).ThenBy(r => r.Rank) : result.OrderBy(key).ThenBy(r => r.Rank);
        return ordered.ToList();
    }
}
