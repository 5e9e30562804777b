using DashboardKpi.Ingest.Jobs.Storage;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace DashboardKpi.Dashboard.Web.Caching;

/// <summary>
/// This node's view of the data-version stamp (<see cref="DataVersion"/>). A request asks for the stamp before it
/// uses anything cached; the answer comes from a read of the database that started at most
/// <see cref="CacheOptions.StampCheckMilliseconds"/> before the request, or after this process's own last write
/// that moved the stamp, whichever is later. When the stamp has moved, the node drops every cached entry (by tag)
/// before anyone sees the new stamp. Concurrent requests share one read.
/// </summary>
public sealed partial class DataVersionWatch(DbConnectionFactory connections, HybridCache cache, IOptions<CacheOptions> options, TimeProvider clock, ILogger<DataVersionWatch> logger)
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _interval = options.Value.StampCheck;
    private Check? _last;
    private long _seen = long.MinValue;

    /// <summary>The stamp every cached entry served to this request must have been built at (or after).</summary>
    public Task<long> CurrentAsync(CancellationToken ct)
    {
        var commits = connections.DataVersion.LocalCommits;
        var now = clock.GetTimestamp();
        var check = Volatile.Read(ref _last);
        if (!Serves(check, now, commits))
        {
            Task<Task<long>>? started = null;
            lock (_gate)
            {
                check = _last;
                if (!Serves(check, now, commits))
                {
                    started = new Task<Task<long>>(ReadAsync);
                    check = new Check(started.Unwrap(), now, commits);
                    Volatile.Write(ref _last, check);
                }
            }

            // Started outside the lock: the read opens a connection, and nobody should wait on the lock for that.
            started?.Start(TaskScheduler.Default);
        }

        return check!.Version.WaitAsync(ct);
    }

    /// <summary>
    /// A check serves a request when it began after this process's last stamp-moving commit, at most one interval
    /// before the request, and has not failed (a failed read is retried by the next request).
    /// </summary>
    private bool Serves(Check? check, long now, long commits) =>
        check is not null
        && check.LocalCommits == commits
        && clock.GetElapsedTime(check.StartedAt, now) < _interval
        && !check.Version.IsFaulted && !check.Version.IsCanceled;

    private async Task<long> ReadAsync()
    {
        // Shared by every request that joins it, so it belongs to none of them: no caller's token.
        var version = await connections.DataVersion.ReadAsync(CancellationToken.None).ConfigureAwait(false);
        var previous = Interlocked.Exchange(ref _seen, version);
        if (previous != version)
        {
            // Dropped before any request sees the new stamp. Entries are keyed by stamp too, so this frees memory; it is
            // not what keeps pages current (a fill begun under the old stamp can never answer under the new one).
            await cache.RemoveByTagAsync(PageCache.Tag, CancellationToken.None).ConfigureAwait(false);
            if (previous != long.MinValue)
            {
                LogMoved(logger, previous, version);
            }
        }

        return version;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Data version moved from {Previous} to {Current}: cached pages dropped.")]
    private static partial void LogMoved(ILogger logger, long previous, long current);

    private sealed record Check(Task<long> Version, long StartedAt, long LocalCommits);
}
