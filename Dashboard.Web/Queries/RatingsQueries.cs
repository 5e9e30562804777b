using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.Caching.Memory;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Ratings per period for the map, the league table and the ratings API. Snapshots come with their explanation
/// JSON, so a period's ratings are condensed once and cached briefly (a bound for changes made by another process);
/// changes in this process invalidate the cache at once.
/// </summary>
public sealed class RatingsQueries(RatingSnapshotRepository snapshots, CommuneRepository communes, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private CancellationTokenSource _generation = new();

    public Task<IReadOnlyList<Commune>> ListCommunesAsync(CancellationToken ct) =>
        cache.GetOrFillAsync("communes", entry => entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30), communes.ListAsync, ct);

    /// <summary>Rated periods, newest first.</summary>
    public Task<IReadOnlyList<string>> ListPeriodsAsync(CancellationToken ct) =>
        cache.GetOrFillAsync("periods", Expire, snapshots.ListPeriodsAsync, ct);

    /// <summary>The requested period if it is well-formed, else the newest rated one (null when nothing is rated).</summary>
    public async Task<string?> ResolvePeriodAsync(string? requested, CancellationToken ct) =>
        Period.TryParse(requested, out _) ? requested : (await ListPeriodsAsync(ct)).FirstOrDefault();

    public async Task<string?> PreviousPeriodAsync(string period, CancellationToken ct) =>
        (await ListPeriodsAsync(ct)).Where(p => string.CompareOrdinal(p, period) < 0).Order(StringComparer.Ordinal).LastOrDefault();

    /// <summary>Each rated commune's current rating for the period, by code.</summary>
    public Task<IReadOnlyDictionary<string, CommuneRating>> ForPeriodAsync(string period, CancellationToken ct) =>
        cache.GetOrFillAsync("ratings:" + period, Expire, async fillCt =>
        {
            var rows = await snapshots.ListLatestSummariesForPeriodAsync(period, fillCt);
            return (IReadOnlyDictionary<string, CommuneRating>)rows.ToDictionary(s => s.CommuneCode, Condense, StringComparer.Ordinal);
        }, ct);

    /// <summary>
    /// Something computed from the ratings (a rendered chart, a ranked table, the map's markup), cached with them: it
    /// expires with them and is dropped by the same <see cref="Invalidate"/>, so it can never show ratings older than
    /// the cache's. Computed once however many requests ask at the same time (<see cref="CacheFill"/>).
    /// </summary>
    public Task<T> DerivedAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct) =>
        cache.GetOrFillAsync("derived:" + key, Expire, compute, ct);

    /// <summary>
    /// Drops every cached rating and everything derived from them: after an import, removing demo data, and every
    /// background job (a rescore after an import or a publish, the nightly one; see RatingsRefreshFilter).
    /// </summary>
    public void Invalidate()
    {
        // Not disposed: a request may have read the old source an instant before and still be asking for its token
        // (a disposed source would throw there); without timers or links it holds nothing the collector cannot free.
        Interlocked.Exchange(ref _generation, new CancellationTokenSource()).Cancel();
    }

    private void Expire(ICacheEntry entry)
    {
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(_generation.Token));
    }

    private static CommuneRating Condense(RatingSnapshot s) => new(
        s.CommuneCode,
        s.Overall,
        s.Score,
        s.Criteria.Count(c => c.Rating == RatingColour.Green),
        s.Criteria.Count(c => c.Rating == RatingColour.Yellow),
        s.Criteria.Count(c => c.Rating == RatingColour.Red),
        s.Criteria.Count(c => c.Rating is not (RatingColour.Green or RatingColour.Yellow or RatingColour.Red)),
        s.RuleSetId,
        s.RuleSetVersion,
        s.ComputedAt);
}
