using Microsoft.Extensions.Caching.Memory;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Get-or-create that computes a missing entry once, however many requests miss it together. Under load every
/// request in flight misses when an entry expires; MemoryCache's own GetOrCreateAsync would let all of them read the
/// database and draw the charts at once, which is what made the slowest requests slow (p99).
/// </summary>
public static class CacheFill
{
    // Held only while an entry is looked up and, on a miss, created; never while anything is computed.
    private static readonly Lock Gate = new();

    /// <summary>
    /// The cached value, or the value being computed for it. The computation belongs to no single request, so it runs
    /// without the caller's token: one visitor closing the tab must not fail the others waiting on it; each caller
    /// stops waiting when its own <paramref name="ct"/> is cancelled. A failed computation is not kept.
    /// </summary>
    /// <param name="configure">Sets the entry's expiry; called before the computation starts, so an expiration token
    /// cancelled while it runs (the data changed meanwhile) drops the result instead of caching it.</param>
    public static async Task<T> GetOrFillAsync<T>(
        this IMemoryCache cache, string key, Action<ICacheEntry> configure, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentNullException.ThrowIfNull(compute);
        var fill = Find(cache, key, configure, compute);
        try
        {
            return await fill.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            Forget(cache, key, fill);
            throw;
        }
    }

    private static Lazy<Task<T>> Find<T>(IMemoryCache cache, string key, Action<ICacheEntry> configure, Func<CancellationToken, Task<T>> compute)
    {
        if (cache.TryGetValue(key, out Lazy<Task<T>>? found) && found is not null)
        {
            return found;
        }

        lock (Gate)
        {
            if (cache.TryGetValue(key, out found) && found is not null)
            {
                return found;
            }

            var fill = new Lazy<Task<T>>(() => compute(CancellationToken.None));
            using (var entry = cache.CreateEntry(key))
            {
                configure(entry);
                entry.Value = fill;
            }

            return fill;
        }
    }

    private static void Forget<T>(IMemoryCache cache, string key, Lazy<Task<T>> fill)
    {
        lock (Gate)
        {
            if (cache.TryGetValue(key, out Lazy<Task<T>>? current) && ReferenceEquals(current, fill))
            {
                cache.Remove(key);
            }
        }
    }
}
