using System.Globalization;
using Dapper;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>
/// What the clock causes, run daily: a reminder to the chair N days before an action's due date, a notice when it
/// becomes overdue, and the committee's digest of the last closed period. Each event has a dedup key (the action and
/// its due date; the period), so running twice a day, or again after a restart, notifies nobody twice.
/// </summary>
public sealed class ScheduledNotifications(
    ActionRepository actions, DbConnectionFactory connections, NotificationWriter writer, NotificationOptions options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var added = 0;
        foreach (var action in await actions.ListNotClosedAsync(ct).ConfigureAwait(false))
        {
            var due = action.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var link = "/Actions/Details/" + action.Id.ToString(CultureInfo.InvariantCulture);
            var dueText = new LocalizedText(action.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), action.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            if (action.DueOn < today)
            {
                added += await writer.AddAsync(new NotificationEvent(NotificationKinds.ActionOverdue, $"action-overdue:{action.Id}:{due}", link, [action.Text, dueText])
                {
                    ChairsOf = action.CommuneCode, CommuneCode = action.CommuneCode,
                }, ct).ConfigureAwait(false);
            }
            else if (action.DueOn <= today.AddDays(options.ReminderDays))
            {
                added += await writer.AddAsync(new NotificationEvent(NotificationKinds.ActionDueSoon, $"action-due:{action.Id}:{due}", link, [action.Text, dueText])
                {
                    ChairsOf = action.CommuneCode, CommuneCode = action.CommuneCode,
                }, ct).ConfigureAwait(false);
            }
        }

        return added + await DigestAsync(today, ct).ConfigureAwait(false);
    }

    /// <summary>The last period closed by today (its close day passed), or null before the first close.</summary>
    public Period LastClosedPeriod(DateOnly today)
    {
        var period = Period.Of(today).AddMonths(-1);
        return options.ClosesOn(period) <= today ? period : period.AddMonths(-1);
    }

    private sealed record Latest
    {
        public required string CommuneCode { get; init; }
        public required Period Period { get; init; }
        public required RatingColour Overall { get; init; }
    }

    private const string LatestSql = """
        SELECT s.CommuneCode, s.Period, s.Overall FROM RatingSnapshot s
         WHERE s.Period IN @Periods
           AND s.Id = (SELECT MAX(x.Id) FROM RatingSnapshot x WHERE x.CommuneCode = s.CommuneCode AND x.Period = s.Period)
        """;

    private async Task<int> DigestAsync(DateOnly today, CancellationToken ct)
    {
        var period = LastClosedPeriod(today);
        var before = period.AddMonths(-1);
        List<Latest> latest;
        await using (var connection = await connections.OpenAsync(ct).ConfigureAwait(false))
        {
            latest = (await connection.QueryAsync<Latest>(new CommandDefinition(LatestSql, new { Periods = new[] { period.ToString(), before.ToString() } }, cancellationToken: ct)).ConfigureAwait(false)).AsList();
        }

        var now = latest.Where(l => l.Period == period).ToList();
        if (now.Count == 0)
        {
            return 0; // nothing rated for the period: no digest to send
        }

        var earlier = latest.Where(l => l.Period == before).ToDictionary(l => l.CommuneCode, l => l.Overall);
        var changed = now.Count(l => earlier.TryGetValue(l.CommuneCode, out var old) && old != l.Overall);
        var overdue = (await actions.ListNotClosedAsync(ct).ConfigureAwait(false)).Count(a => a.DueOn < today);
        object?[] args =
        [
            period.Slashed,
            now.Count(l => l.Overall == RatingColour.Green),
            now.Count(l => l.Overall == RatingColour.Yellow),
            now.Count(l => l.Overall == RatingColour.Red),
            changed,
            overdue,
        ];
        return await writer.AddAsync(new NotificationEvent(NotificationKinds.MonthlyDigest, "digest:" + period, "/?period=" + period, args)
        {
            Roles = [Storage.Users.UserRoles.Committee],
        }, ct).ConfigureAwait(false);
    }
}
