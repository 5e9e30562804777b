using System.Diagnostics;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Telemetry;
using DashboardKpi.Scoring.Engine.Model;
using Hangfire;
using Hangfire.Server;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// Recomputes and stores rating snapshots for periods; queued after every import that changed data and after a
/// rule set is published. Progress ("3/17") is kept as a job parameter so the web can show it.
/// </summary>
public sealed class RescoreJob(Rescorer rescorer, DashboardMetrics metrics)
{
    public const string ProgressParameter = "progress";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(IReadOnlyList<string> periods, PerformContext? context, CancellationToken ct) =>
        TimedAsync(periods, context, onlyChanged: false, ct);

    /// <summary>
    /// After an import: rates again only the communes whose values changed since the period's last successful rescore
    /// (<see cref="Rescorer.RescoreAsync"/>, onlyChanged), falling back to every commune when that is not known.
    /// </summary>
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunChangedAsync(IReadOnlyList<string> periods, PerformContext? context, CancellationToken ct) =>
        TimedAsync(periods, context, onlyChanged: true, ct);

    private async Task TimedAsync(IReadOnlyList<string> periods, PerformContext? context, bool onlyChanged, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var succeeded = false;
        try
        {
            // Hangfire stores the arguments as they were enqueued (text), so a queued job reads the same after an upgrade.
            await rescorer.RescoreAsync(periods.Select(Period.Parse).ToList(), ct, new SynchronousProgress(p =>
                context?.SetJobParameter(ProgressParameter, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Done}/{p.Total}"))), onlyChanged)
                .ConfigureAwait(false);
            succeeded = true;
        }
        finally
        {
            metrics.RescoreFinished(Stopwatch.GetElapsedTime(started), succeeded);
        }
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to a thread pool and could report out of order).</summary>
    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
