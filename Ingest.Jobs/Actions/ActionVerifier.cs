using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>
/// Closes actions from the data, never from a person: an action is verified by the first later rated period in which
/// its criterion is green (with that period and value stored), and retired when the first such period has its
/// criterion out of force or no longer in the rule set. The colour is the one stored by the rescore, so a changed
/// threshold is applied as in force for that period. Runs after every rescore and when an action is created.
/// </summary>
public sealed class ActionVerifier(ActionRepository actions, TimeProvider clock)
{
    public const string SystemUser = "system";

    public async Task<int> VerifyAsync(CancellationToken ct)
    {
        var closed = 0;
        foreach (var action in await actions.ListNotClosedAsync(ct).ConfigureAwait(false))
        {
            closed += await VerifyAsync(action, ct).ConfigureAwait(false) ? 1 : 0;
        }

        return closed;
    }

    public async Task<bool> VerifyAsync(CommuneAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var later = await actions.ListLaterRatingsAsync(action, ct).ConfigureAwait(false);
        var decisive = later.FirstOrDefault(r => r.Rating is null or RatingColour.Green or RatingColour.NotInForce);
        if (decisive is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var verified = decisive.Rating == RatingColour.Green;
        var changed = action with
        {
            Status = verified ? ActionStatus.Verified : ActionStatus.Retired,
            UpdatedAt = now,
            ClosedAt = now,
            VerifiedPeriod = decisive.Period,
            VerifiedValue = verified ? decisive.Value : null,
        };
        return await actions.UpdateOpenAsync(changed, new AuditEntry
        {
            At = now,
            UserName = SystemUser,
            Action = verified ? "action.verify" : "action.retire",
            Subject = ActionRepository.Subject(action.Id),
            DetailJson = JsonSerializer.Serialize(new { period = decisive.Period, value = decisive.Value, rating = decisive.Rating }),
        }, ct).ConfigureAwait(false);
    }
}
