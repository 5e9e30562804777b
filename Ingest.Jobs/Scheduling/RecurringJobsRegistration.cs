using Hangfire;
using Hangfire.Storage;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// Registers the recurring jobs with stable ids and the configured schedules in Vietnam time, at every start (the
/// embedded Hangfire storage is in memory), and removes ids that are no longer configured (SQL Server storage keeps them).
/// </summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager recurring, JobStorage storage, JobsOptions options)
{
    public const string NightlyRescoreJobId = "rescore:nightly";

    public void Register()
    {
        var zone = new RecurringJobOptions { TimeZone = VietnamTime.Zone };
        var wanted = new HashSet<string>(StringComparer.Ordinal)
        {
            PullIndicatorsJob.DropFolderJobId, NightlyRescoreJobId, SendNotificationsJob.JobId, DailyNotificationsJob.JobId,
        };
        recurring.AddOrUpdate<SendNotificationsJob>(SendNotificationsJob.JobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely(), zone);
        recurring.AddOrUpdate<DailyNotificationsJob>(DailyNotificationsJob.JobId, job => job.RunAsync(CancellationToken.None), "0 7 * * *", zone);
        recurring.AddOrUpdate<PullIndicatorsJob>(PullIndicatorsJob.DropFolderJobId, job => job.RunDropFolderAsync(CancellationToken.None), options.DropFolder.Cron, zone);
        recurring.AddOrUpdate<NightlyRescoreJob>(NightlyRescoreJobId, job => job.RunAsync(CancellationToken.None), options.RescoreCron, zone);
        foreach (var source in options.HttpSources.Where(s => s.Name.Length > 0 && s.Url.Length > 0))
        {
            var id = PullIndicatorsJob.HttpJobId(source.Name);
            wanted.Add(id);
            var name = source.Name;
            recurring.AddOrUpdate<PullIndicatorsJob>(id, job => job.RunHttpSourceAsync(name, CancellationToken.None), source.Cron, zone);
        }

        // A node that starts (or restarts after a crash) looks at the drop folder at once instead of at the next tick:
        // a file left half-processed by a killed process is finished straight away.
        recurring.Trigger(PullIndicatorsJob.DropFolderJobId);

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Select(j => j.Id).Where(id => !wanted.Contains(id)))
        {
            recurring.RemoveIfExists(stale);
        }
    }
}
