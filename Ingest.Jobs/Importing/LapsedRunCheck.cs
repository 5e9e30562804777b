using System.Data.Common;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// On every node (web or worker, with or without a Hangfire server): at start and then every heartbeat interval, marks
/// running runs whose lease has lapsed as interrupted, so the import history never shows a dead import as running for
/// longer than the lease and one interval. Several nodes may check at once: the database lets exactly one claim each
/// run (<see cref="IngestRunRepository.InterruptLapsedAsync"/>). Pages only read: a GET never waits for a write lock.
/// </summary>
public sealed partial class LapsedRunCheck(IngestRunRepository runs, JobsOptions options, TimeProvider clock, ILogger<LapsedRunCheck> logger)
    : BackgroundService
{
    /// <summary>One check; the ids of the runs this node marked interrupted.</summary>
    public async Task<IReadOnlyList<long>> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var interrupted = await runs.InterruptLapsedAsync(now, InterruptedRunMessage.Stored(now), ct).ConfigureAwait(false);
        foreach (var runId in interrupted)
        {
            LogInterrupted(runId);
        }

        return interrupted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RunLease.Heartbeat, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (DbException exception) when (!stoppingToken.IsCancellationRequested)
            {
                // On SQLite, a long write transaction can make the claim wait past the busy timeout; the next check retries.
                LogCheckFailed(exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import run {RunId} lost its lease (its process stopped renewing it) and is marked interrupted.")]
    private partial void LogInterrupted(long runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The check for imports with a lapsed lease failed; the next check tries again.")]
    private partial void LogCheckFailed(Exception exception);
}
