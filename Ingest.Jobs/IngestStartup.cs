using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Uploads;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DashboardKpi.Ingest.Jobs;

/// <summary>
/// Runs after storage is migrated and seeded: makes sure a rule set is published (or a newer shipped one is offered
/// as a draft, <see cref="ShippedRulesAdoption"/>), queues a rescore of periods whose state is not on record, and (on nodes that run
/// jobs) registers the recurring jobs. Imports left running by a stopped
/// process are <see cref="LapsedRunCheck"/>'s business, at start and after. The demo data is loaded after it, in the
/// background (<see cref="Demo.DemoSeeding"/>).
/// </summary>
public sealed class IngestStartup(IServiceProvider services, ShippedRulesAdoption shippedRules, JobsOptions options, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await shippedRules.AdoptAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

        // A database from before rescores were tracked: rescore its periods once, so each period's state is known
        // (and a period left stale by a failed rescore is put right) instead of being assumed up to date.
        var untracked = await services.GetRequiredService<PeriodRescoreRepository>().ListUntrackedPeriodsAsync(cancellationToken).ConfigureAwait(false);
        if (untracked.Count > 0)
        {
            await services.GetRequiredService<RescoreRequests>().RequestAsync(untracked, RescoreRequester.Upgrade, cancellationToken).ConfigureAwait(false);
        }

        if (options.RunServer)
        {
            services.GetRequiredService<RecurringJobsRegistration>().Register();

            // Hangfire.InMemory forgets its queue when the process stops: scans left queued or half read, and uploads
            // not imported yet, are queued again (the job starts over). SQL Server storage keeps its jobs, so nothing is
            // added there.
            if (services.GetService<JobStorage>() is Hangfire.InMemory.InMemoryStorage)
            {
                // Rescores waiting, running or cut off by the stop (recorded as failed) would otherwise stay so, their
                // period's colours stale under a notice that says a rescore is coming. A genuine failure is tried once
                // more, which is what an administrator restarting the server expects.
                var unfinished = (await services.GetRequiredService<PeriodRescoreRepository>().ListAsync(cancellationToken).ConfigureAwait(false))
                    .Where(r => RescoreStates.Of(r) is RescoreState.Pending or RescoreState.Running or RescoreState.Failed)
                    .Select(r => r.Period)
                    .ToList();
                if (unfinished.Count > 0)
                {
                    await services.GetRequiredService<RescoreRequests>().RequestAsync(unfinished, RescoreRequester.Restart, cancellationToken).ConfigureAwait(false);
                }

                var jobs = services.GetRequiredService<IBackgroundJobClient>();
                foreach (var id in await services.GetRequiredService<ReportScanRepository>().ListUnfinishedAsync(cancellationToken).ConfigureAwait(false))
                {
                    jobs.Enqueue<OcrReportJob>(job => job.RunAsync(id, CancellationToken.None));
                }

                foreach (var id in await services.GetRequiredService<FileUploadRepository>().ListUnfinishedAsync(cancellationToken).ConfigureAwait(false))
                {
                    jobs.Enqueue<UploadImportJob>(job => job.RunAsync(id, CancellationToken.None));
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
