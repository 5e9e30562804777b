using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The embedded job queue lives in memory: a rescore asked for, or cut off, when the server stops would otherwise stay
/// "waiting" or "failed" for good, its colours stale. The next start asks for it again and it runs.
/// </summary>
[TestFixture]
public sealed class RescoreAfterRestartTests
{
    private static readonly Period Waiting = new(2025, 8);
    private static readonly Period CutOff = new(2025, 9);

    [Test]
    public async Task RescoresWaitingOrCutOffWhenTheServerStopped_RunAfterTheRestart()
    {
        // A node without a job server takes the request; nothing runs it before the node stops.
        var webOnly = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        await webOnly.Services.GetRequiredService<RescoreRequests>().RequestAsync([Waiting], RescoreRequester.Import, CancellationToken.None);
        var status = webOnly.Services.GetRequiredService<PeriodRescoreRepository>();
        var stopped = DateTimeOffset.UtcNow;
        await status.StartAsync(CutOff, stopped, CancellationToken.None);
        await status.FinishAsync(new PeriodRescoreCompletion { Period = CutOff, Status = PeriodRescoreStatus.Failed, FinishedAt = stopped, Error = "The operation was canceled." }, CancellationToken.None);
        var before = (RescoreStates.Of(await status.FindAsync(Waiting, CancellationToken.None)), RescoreStates.Of(await status.FindAsync(CutOff, CancellationToken.None)));
        await webOnly.StopKeepingFilesAsync();

        await using var restarted = await DashboardServer.StartOnAsync(webOnly.Folder, null, null);
        var after = restarted.Services.GetRequiredService<PeriodRescoreRepository>();
        var until = DateTime.UtcNow.AddMinutes(2);
        PeriodRescore? waiting, cutOff;
        do
        {
            await Task.Delay(300);
            waiting = await after.FindAsync(Waiting, CancellationToken.None);
            cutOff = await after.FindAsync(CutOff, CancellationToken.None);
        }
        while ((RescoreStates.Of(waiting) != RescoreState.UpToDate || RescoreStates.Of(cutOff) != RescoreState.UpToDate) && DateTime.UtcNow < until);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo((RescoreState.Pending, RescoreState.Failed)));
            Assert.That((RescoreStates.Of(waiting), waiting?.Status, waiting?.RequestedBy), Is.EqualTo((RescoreState.UpToDate, (string?)PeriodRescoreStatus.Succeeded, (string?)RescoreRequester.Restart)));
            Assert.That((RescoreStates.Of(cutOff), cutOff?.Status, cutOff?.RequestedBy), Is.EqualTo((RescoreState.UpToDate, (string?)PeriodRescoreStatus.Succeeded, (string?)RescoreRequester.Restart)));
        }
    }
}
