using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.Caching.Memory;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Ratings per period for the map, the league table and the ratings API. Snapshots come with their explanation
/// JSON, so a period's ratings are condensed once and cached briefly; imports invalidate the cache.
/// </summary>
public sealed class RatingsQueries(RatingSnapshotRepository snapshots, CommuneRepository communes, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private CancellationTokenSource _generation = new();

    public async Task<IReadOnlyList<Commune>> ListCommunesAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync("communes", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30);
            return await communes.ListAsync(ct);
        }))!;

    /// <summary>Rated periods, newest first.</summary>
    public async Task<IReadOnlyList<string>> ListPeriodsAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync("periods", async entry =>
        {
            Expire(entry);
            return await snapshots.ListPeriodsAsync(ct);
        }))!;

    /// <summary>The requested period if it is well-formed, else the newest rated one (null when nothing is rated).</summary>
    public async Task<string?> ResolvePeriodAsync(string? requested, CancellationToken ct) =>
        Period.TryParse(requested, out _) ? requested : (await ListPeriodsAsync(ct)).FirstOrDefault();

    public async Task<string?> PreviousPeriodAsync(string period, CancellationToken ct) =>
        (await ListPeriodsAsync(ct)).Where(p => string.CompareOrdinal(p, period) < 0).Order(StringComparer.Ordinal).LastOrDefault();

    /// <summary>Each rated commune's current rating for the period, by code.</summary>
    public async Task<IReadOnlyDictionary<string, CommuneRating>> ForPeriodAsync(string period, CancellationToken ct) =>
        (await cache.GetOrCreateAsync("ratings:" + period, async entry =>
        {
            Expire(entry);
            var rows = await snapshots.ListLatestForPeriodAsync(period, ct);
            return (IReadOnlyDictionary<string, CommuneRating>)rows.ToDictionary(s => s.CommuneCode, Condense, StringComparer.Ordinal);
        }))!;

    /// <summary>
    /// Something computed from the ratings (a rendered chart, a ranked table), cached with them: it expires with them
    /// and is dropped by the same <see cref="Invalidate"/>, so it can never show ratings older than the cache's.
    /// </summary>
    public async Task<T> DerivedAsync<T>(string key, Func<Task<T>> compute) =>
        (await cache.GetOrCreateAsync("derived:" + key, async entry =>
        {
            Expire(entry);
            return await compute();
        }))!;

    /// <summary>Drops every cached rating (after an import, a rescore or removing demo data).</summary>
    public void Invalidate()
    {
        var old = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
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
