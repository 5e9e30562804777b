using System.ComponentModel;
using DashboardKpi.Ingest.Jobs.Telemetry;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DashboardKpi.Dashboard.Web.Caching;

/// <summary>
/// What pages cache (ratings per period, the map's markup, charts, scorecards, reference lists): HybridCache in this
/// node, kept in step with the database by the data-version stamp (<see cref="DataVersionWatch"/>). Every key carries
/// the stamp it was built at, so once a node has seen the stamp move, no request joins or reads an entry built
/// before, and the old entries are dropped by tag. HybridCache computes a missing entry once however many requests
/// miss it together; the computation stops only when every request waiting for it has gone. A failed computation is
/// not kept. See docs/caching.md.
/// </summary>
public sealed class PageCache(HybridCache cache, DataVersionWatch watch, IOptions<CacheOptions> options, DashboardMetrics metrics)
{
    /// <summary>The one tag on every entry: all of them follow the stamp.</summary>
    public const string Tag = "data";

    private static readonly string[] Tags = [Tag];

    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = TimeSpan.FromMinutes(options.Value.EntryMinutes),
        LocalCacheExpiration = TimeSpan.FromMinutes(options.Value.EntryMinutes),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    /// <summary>
    /// The stamp this request's entries are built at or after: the key for markup kept outside this cache (the league
    /// table's rows and a commune page's trend figures, in the cache tag helper). Read it before the data the markup is
    /// made from, never after.
    /// </summary>
    public Task<long> StampAsync(CancellationToken ct) => watch.CurrentAsync(ct);

    /// <summary>The cached value for <paramref name="key"/> at the current stamp, or <paramref name="compute"/>'s.</summary>
    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var version = await watch.CurrentAsync(ct);
        metrics.CacheLookedUp();
        var held = await cache.GetOrCreateAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{version}:{key}"),
            (Compute: compute, Context: ExecutionContext.Capture(), Metrics: metrics),
            static async (fill, fillCt) =>
            {
                fill.Metrics.CacheBuilt();
                return new Held<T>(await RunInCallersContext(fill.Compute, fill.Context, fillCt));
            },
            _entry,
            Tags,
            ct);
        return held.Value;
    }

    /// <summary>
    /// HybridCache starts a computation on the thread pool without the caller's execution context; the request's
    /// culture (which language the map and charts are drawn in) lives there, so the computation runs in the context of
    /// the request that started it. Every request sharing a key shares its language, which is part of the key.
    /// </summary>
    private static Task<T> RunInCallersContext<T>(Func<CancellationToken, Task<T>> compute, ExecutionContext? context, CancellationToken ct)
    {
        if (context is null)
        {
            return compute(ct);
        }

        Task<T>? started = null;
        ExecutionContext.Run(context, _ => started = compute(ct), null);
        return started!;
    }

    /// <summary>
    /// The box every value is kept in. Sealed and immutable, so HybridCache hands out the object itself: without it,
    /// HybridCache would serialise each value and deserialise a copy on every read (built for a second level, which this
    /// design does not have), costing more per request than the cache saves. What we cache is never changed once built.
    /// </summary>
    [ImmutableObject(true)]
    internal sealed class Held<T>(T value)
    {
        public T Value { get; } = value;
    }
}
