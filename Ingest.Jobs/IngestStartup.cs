using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Jobs;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DashboardKpi.Ingest.Jobs;

/// <summary>
/// Runs after storage is migrated and seeded: makes sure a rule set is published, marks imports abandoned by a
/// stopped process as failed, loads the demo data into an empty embedded database, queues a rescore of periods whose state is not on record, and (on nodes that run jobs)
/// registers the recurring jobs.
/// </summary>
public sealed class IngestStartup(IServiceProvider services, ActiveRules rules, JobsOptions options, TimeProvider clock) : IHostedService
{
    public const string AbandonedMessage =
        "Lần nhập bị dừng giữa chừng (tiến trình đã dừng); không dữ liệu nào được lưu, hãy nhập lại tệp. / "
        + "The import was interrupted (its process stopped); nothing was stored, import the file again.";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await rules.SeedShippedAsync(now, cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<IngestRunRepository>()
            .FailAbandonedAsync(now.AddMinutes(-options.AbandonedRunMinutes), now, AbandonedMessage, cancellationToken).ConfigureAwait(false);
        if (options.SeedDemoData)
        {
            await services.GetRequiredService<DemoData>().SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
        }

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
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
