using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Sources;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// The recurring pulls. Bad rows are quarantined, never thrown; only transient faults (a city API that is down or
/// slow) throw, and those are retried by Hangfire with back-off.
/// </summary>
public sealed class PullIndicatorsJob(DropFolderImporter dropFolder, HttpIndicatorSource http, JobsOptions options)
{
    public const string DropFolderJobId = "pull-indicators:drop-folder";

    public static string HttpJobId(string sourceName) => "pull-indicators:api:" + sourceName;

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunDropFolderAsync(CancellationToken ct) => dropFolder.ImportWaitingAsync(ct);

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunHttpSourceAsync(string sourceName, CancellationToken ct)
    {
        var source = options.HttpSources.SingleOrDefault(s => s.Name == sourceName)
            ?? throw new InvalidOperationException($"No HTTP source named '{sourceName}' is configured.");
        return http.PullAsync(source, "job:" + HttpJobId(sourceName), ct);
    }
}
