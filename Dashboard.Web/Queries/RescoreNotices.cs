using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// Tells readers when a period's colours are not up to date (a rescore pending, running, failed or partly failed),
/// on every page and API answer that shows colours. Kept with the colours under the data-version stamp: every change of
/// a rescore's state moves it (<see cref="PeriodRescoreRepository"/>), so a notice is exactly as current as the colours
/// it speaks of (docs/caching.md).
/// </summary>
public sealed class RescoreNotices(PeriodRescoreRepository repository, PageCache cache, IHttpContextAccessor http)
{
    /// <summary>
    /// The period's rescore row, read once per request: a page asks twice (the stale-colours notice and the print
    /// stamp), and both should say the same even when the stamp moves between them.
    /// </summary>
    public Task<PeriodRescore?> FindAsync(Period at, CancellationToken ct)
    {
        if (http.HttpContext?.Items is not { } items)
        {
            return CachedAsync(at, ct);
        }

        var key = (typeof(RescoreNotices), at);
        if (items.TryGetValue(key, out var read) && read is Task<PeriodRescore?> earlier)
        {
            return earlier;
        }

        var task = CachedAsync(at, ct);
        items[key] = task;
        return task;
    }

    /// <summary>The units the period's last rescore could not store (a commune page asks when the rescore was partial).</summary>
    public Task<IReadOnlyList<RescoreFailure>> ListFailuresAsync(Period period, CancellationToken ct) =>
        cache.GetOrCreateAsync($"rescore-failures:{period}", fillCt => repository.ListFailuresAsync(period, fillCt), ct);

    private Task<PeriodRescore?> CachedAsync(Period at, CancellationToken ct) =>
        cache.GetOrCreateAsync($"rescore:{at}", fillCt => repository.FindAsync(at, fillCt), ct);

    /// <summary>The sentence for readers, or null when the period's colours are up to date.</summary>
    public static string? Text(Ui ui, Period period, PeriodRescore? rescore)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var name = ui.Period(period);
        return RescoreStates.Of(rescore) switch
        {
            RescoreState.UpToDate => null,
            RescoreState.Pending => ui.Format("Stale.Pending." + Requester(rescore!.RequestedBy), name, ui.DateTime(rescore.RequestedAt)),
            RescoreState.Running => ui.Format("Stale.Running", name, ui.DateTime(rescore!.StartedAt)),
            RescoreState.Failed => ui.Format("Stale.Failed", name, ui.DateTime(rescore!.StartedAt)),
            RescoreState.Partial => ui.Format("Stale.Partial", name, ui.DateTime(rescore!.StartedAt), rescore.FailedCount),
            var state => throw new ArgumentOutOfRangeException(nameof(rescore), state, "a rescore state without a sentence"),
        };
    }

    /// <summary>The state word for a table ("Đang chờ" / "Pending"); a period without rule set says so.</summary>
    public static string StateWord(Ui ui, PeriodRescore? rescore)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return rescore?.Status == PeriodRescoreStatus.NoRules && RescoreStates.Of(rescore) == RescoreState.UpToDate
            ? ui["Rescore.State.NoRules"]
            : ui["Rescore.State." + RescoreStates.Of(rescore)];
    }

    /// <summary>The period's state for the API, with the reason in both languages.</summary>
    public async Task<Api.RescoreStatusDto> StatusAsync(Period period, CancellationToken ct)
    {
        var rescore = await FindAsync(period, ct);
        var state = RescoreStates.Of(rescore);
        return new Api.RescoreStatusDto(
            char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..],
            state == RescoreState.UpToDate,
            rescore?.FinishedAt,
            rescore?.DataSnapshotId,
            rescore?.FailedCount ?? 0,
            Text(Ui.In(Language.En), period, rescore),
            Text(Ui.In(Language.Vi), period, rescore));
    }

    /// <summary>Requesters written by an older or newer version read as an import, the commonest cause.</summary>
    private static string Requester(string? requestedBy) => requestedBy is RescoreRequester.Publish or RescoreRequester.Admin or RescoreRequester.Upgrade or RescoreRequester.Restart
        ? requestedBy
        : RescoreRequester.Import;
}
