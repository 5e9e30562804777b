using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Actions;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>Actions as readers see them: with the status of today (overdue by the clock), filtered, counted and exported.</summary>
public sealed class ActionQueries(ActionRepository actions, Ingest.Jobs.Storage.Disputes.DisputeRepository disputes, Caching.PageCache cache, TimeProvider clock)
{
    public sealed record Row(CommuneAction Action, string Shown);

    public sealed record Counts(int Open, int Overdue, int VerifiedThisMonth);

    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Null <paramref name="status"/> = every status; "overdue" is computed, the others are stored.</summary>
    public async Task<IReadOnlyList<Row>> ListAsync(string? status, string? communeCode, string? criterionCode, CancellationToken ct)
    {
        var today = Today;
        var rows = await actions.ListAsync(communeCode, criterionCode, ct);
        return rows.Select(a => new Row(a, ActionStatus.Shown(a, today)))
            .Where(r => status is null || r.Shown == status)
            .ToList();
    }

    /// <summary>
    /// What the commune page shows beside its criteria: the unit's actions and its disputes awaiting a decision. Cached
    /// under the data-version stamp, which action and dispute writes move, and per day, since overdue follows the clock.
    /// </summary>
    public Task<(IReadOnlyList<Row> Actions, IReadOnlyList<Ingest.Jobs.Storage.Disputes.Dispute> Disputes)> ForCommuneAsync(string code, CancellationToken ct) =>
        cache.GetOrCreateAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"commune-actions:{Today:yyyy-MM-dd}:{code}"),
            async fillCt => (await ListAsync(null, code, null, fillCt), await disputes.ListAsync(code, null, fillCt)),
            ct);

    /// <summary>
    /// City-wide (or one unit's): open (not overdue), overdue, and verified since the first of this month (Vietnam).
    /// Cached under the data-version stamp, which every action write moves, and per day, since overdue follows the clock.
    /// </summary>
    public Task<Counts> CountAsync(string? communeCode, CancellationToken ct)
    {
        var today = Today;
        return cache.GetOrCreateAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"action-counts:{today:yyyy-MM-dd}:{communeCode}"),
            fillCt => CountNowAsync(communeCode, today, fillCt),
            ct);
    }

    private async Task<Counts> CountNowAsync(string? communeCode, DateOnly today, CancellationToken ct)
    {
        var monthStart = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, VietnamTime.Zone.BaseUtcOffset);
        var rows = await actions.ListAsync(communeCode, null, ct);
        var shown = rows.Select(a => (a, ActionStatus.Shown(a, today))).ToList();
        return new Counts(
            shown.Count(x => x.Item2 is ActionStatus.Open or ActionStatus.WaitingForData),
            shown.Count(x => x.Item2 == ActionStatus.Overdue),
            shown.Count(x => x.Item2 == ActionStatus.Verified && x.a.ClosedAt >= monthStart));
    }

    /// <summary>One sheet for the committee meeting, in the reader's language, through the shared xlsx writer.</summary>
    public static void Export(IReadOnlyList<Row> rows, Ui ui, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(ui);
        var header = new[]
        {
            "#", ui["Actions.Unit"], ui["Actions.Criterion"], ui["Actions.FromPeriod"], ui["Actions.Text"], ui["Actions.Owner"],
            ui["Actions.DueOn"], ui["Actions.Status"], ui["Actions.Note"], ui["Actions.History"],
        };
        XlsxWriter.Write(output, "Viec can lam", header, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Action.Id, r.Action.CommuneCode, r.Action.CriterionCode, ui.Period(r.Action.Period), r.Action.Text, r.Action.Owner,
            ui.Date(r.Action.DueOn), ui["ActionStatus." + r.Shown], r.Action.Note, Outcome(r.Action, ui),
        ]));
    }

    /// <summary>How a closed action ended, in words; empty while it is open.</summary>
    public static string Outcome(CommuneAction action, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(ui);
        return action.Status switch
        {
            ActionStatus.Verified => ui.Format("Actions.VerifiedBy", ui.Period(action.VerifiedPeriod), ui.Number(action.VerifiedValue)),
            ActionStatus.Retired => ui.Format("Actions.RetiredIn", ui.Period(action.VerifiedPeriod)),
            ActionStatus.Cancelled => ui.Format("Actions.CancelledBecause", action.CancelReason),
            _ => "",
        };
    }
}
