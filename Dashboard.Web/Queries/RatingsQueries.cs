using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Ratings per period for the map, the league table and the ratings API. Snapshots come with their explanation
/// JSON, so a period's ratings are condensed once and cached (<see cref="PageCache"/>): every entry follows the
/// data-version stamp, so a write in this process shows at once and one on another node within the stamp's check
/// interval (docs/caching.md).
/// </summary>
public sealed class RatingsQueries(RatingSnapshotRepository snapshots, CommuneRepository communes, PageCache cache)
{
    public Task<IReadOnlyList<Commune>> ListCommunesAsync(CancellationToken ct) =>
        cache.GetOrCreateAsync("communes", communes.ListAsync, ct);

    /// <summary>
    /// The units in force in the period (<see cref="Commune.IsInForce"/>): the ones its league table, map and ratings API
    /// list. A later re-organisation leaves an earlier period on the units of that time (DHIS2 re-attributes history
    /// to the current tree; the committee compares a period with the units that reported then).
    /// </summary>
    public async Task<IReadOnlyList<Commune>> ListCommunesInForceAsync(Period period, CancellationToken ct) =>
        (await ListCommunesAsync(ct)).Where(c => c.IsInForce(period)).ToList();

    /// <summary>Rated periods, newest first.</summary>
    public Task<IReadOnlyList<Period>> ListPeriodsAsync(CancellationToken ct) =>
        cache.GetOrCreateAsync("periods", snapshots.ListPeriodsAsync, ct);

    /// <summary>The requested period if there is one, else the newest rated one (null when nothing is rated).</summary>
    public async Task<Period?> ResolvePeriodAsync(Period? requested, CancellationToken ct) =>
        requested ?? Newest(await ListPeriodsAsync(ct));

    /// <summary>The newest rated period before <paramref name="period"/>, if any.</summary>
    public async Task<Period?> PreviousPeriodAsync(Period period, CancellationToken ct) =>
        Newest((await ListPeriodsAsync(ct)).Where(p => p < period).ToList());

    private static Period? Newest(IReadOnlyList<Period> periods) => periods.Count == 0 ? null : periods.Max();

    /// <summary>
    /// Each rated commune's current rating for the period, by code; only units in force then (a rating stored for a
    /// unit before a re-organisation ended it in that period stays stored, and reproducible, but is not listed).
    /// </summary>
    public Task<IReadOnlyDictionary<string, CommuneRatingSummary>> ForPeriodAsync(Period period, CancellationToken ct) =>
        cache.GetOrCreateAsync("ratings:" + period, async fillCt =>
        {
            var inForce = (await ListCommunesInForceAsync(period, fillCt)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var rows = await snapshots.ListLatestSummariesForPeriodAsync(period, fillCt);
            return (IReadOnlyDictionary<string, CommuneRatingSummary>)rows.Where(s => inForce.Contains(s.CommuneCode))
                .ToDictionary(s => s.CommuneCode, Condense, StringComparer.Ordinal);
        }, ct);

    /// <summary>
    /// Something computed from the ratings (a rendered chart, a ranked table, the map's markup), cached with them: it
    /// follows the same stamp, so it can never show ratings older than the cache's. Computed once however many
    /// requests ask at the same time.
    /// </summary>
    public Task<T> DerivedAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) =>
        cache.GetOrCreateAsync("derived:" + key, compute, ct);

    private static CommuneRatingSummary Condense(RatingSnapshot s) => new(
        s.CommuneCode,
        s.Overall,
        s.Score,
        s.Criteria.Count(c => c.Rating == RatingColour.Green),
        s.Criteria.Count(c => c.Rating == RatingColour.Yellow),
        s.Criteria.Count(c => c.Rating == RatingColour.Red),
        s.Criteria.Count(c => !c.Rating.IsRated()),
        s.RuleSetId,
        s.RuleSetVersion,
        s.ComputedAt);
}
