using System.Text.Json;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Rescoring;

/// <summary>
/// The admin's view of rescoring outside the Hangfire dashboard: per period the last rescore and what failed and why;
/// and the lever to rescore periods again, audited ("ratings.rescore").
/// </summary>
public sealed class RescoringAdmin(PeriodRescoreRepository repository, RescoreRequests requests, AuditLogRepository audit, TimeProvider clock, Ui ui)
{
    public sealed record Overview(IReadOnlyList<PeriodRescore> Periods, IReadOnlyDictionary<Period, IReadOnlyList<RescoreFailure>> Failures)
    {
        public static readonly Overview Empty = new([], new Dictionary<Period, IReadOnlyList<RescoreFailure>>());
    }

    public async Task<Overview> LoadAsync(CancellationToken ct)
    {
        var periods = await repository.ListAsync(ct);
        var failures = new Dictionary<Period, IReadOnlyList<RescoreFailure>>();
        foreach (var period in periods.Where(p => p.FailedCount > 0))
        {
            failures[period.Period] = await repository.ListFailuresAsync(period.Period, ct);
        }

        return new Overview(periods, failures);
    }

    /// <summary>Every period whose colours are not up to date.</summary>
    public async Task<IReadOnlyList<Period>> ListStaleAsync(CancellationToken ct) =>
        (await repository.ListAsync(ct)).Where(p => RescoreStates.Of(p) != RescoreState.UpToDate).Select(p => p.Period).ToList();

    /// <summary>Queues the rescore and says so in the reader's words; no periods, nothing to do.</summary>
    public async Task<string> RequestAsync(IReadOnlyList<Period> periods, string actor, CancellationToken ct)
    {
        if (periods.Count == 0)
        {
            return ui["Rescore.NothingStale"];
        }

        var jobId = await requests.RequestAsync(periods, RescoreRequester.Admin, ct);
        await audit.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = actor,
            Action = "ratings.rescore",
            Subject = "periods:" + string.Join(",", periods),
            DetailJson = JsonSerializer.Serialize(new { periods, jobId }),
        }, ct);
        return ui.Format("Rescore.Queued", string.Join(", ", periods.Select(ui.Period)));
    }
}
