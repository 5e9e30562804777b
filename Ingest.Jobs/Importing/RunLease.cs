using System.Data.Common;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// The heartbeat of one running run: every heartbeat interval it pushes the run's lease a lease length ahead, on its
/// own connection, so other nodes can tell a live import from one whose process died.
/// </summary>
/// <remarks>
/// A heartbeat is an ordinary write. On SQLite it waits, like every writer, while an import holds the database's one
/// write lock, its own import included; a failed beat is logged and the next one tries again. That is safe because no
/// node can mark a run interrupted while the write lock is held either (marking is a write too), and the import
/// completes its run inside the transaction that writes its data: the run's outcome lands with the data or, if a
/// node marked the run interrupted first, the data is rolled back (<see cref="ImportWriter.CommitAsync"/>).
/// </remarks>
public sealed partial class RunLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;

    internal RunLease(IngestRunRepository runs, long runId, RunLeaseOptions options, TimeProvider clock, ILogger<RunLease> logger)
    {
        RunId = runId;
        _beating = BeatAsync(runs, options, clock, logger, _stop.Token);
    }

    public long RunId { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _beating.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task BeatAsync(IngestRunRepository runs, RunLeaseOptions options, TimeProvider clock, ILogger<RunLease> logger, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    if (!await runs.RenewLeaseAsync(RunId, clock.GetUtcNow() + options.Lease, stop).ConfigureAwait(false))
                    {
                        // Completed (the normal end, racing the dispose) or marked interrupted: the commit finds out which.
                        return;
                    }
                }
                catch (DbException exception) when (!stop.IsCancellationRequested)
                {
                    LogBeatFailed(logger, exception, RunId);
                }
            }
        }
        catch (Exception exception) when (stop.IsCancellationRequested && exception is OperationCanceledException or DbException)
        {
            // Disposed (the run has ended) while waiting for the next beat or for the database.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: the lease could not be renewed this time; the next heartbeat tries again.")]
    private static partial void LogBeatFailed(ILogger logger, Exception exception, long runId);
}
