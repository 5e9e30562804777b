using System.Globalization;
using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authorization;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>
/// The action page for one reader: the action with its status today and history when the reader may see its unit, and
/// the changes the reader may make, checked as the API checks them.
/// </summary>
public sealed class ActionDetailsService(ActionRepository actions, ActionService service, ActionQueries queries, AuditLogRepository audit, IAuthorizationService auth)
{
    public sealed record View(CommuneAction Action, string Shown, IReadOnlyList<AuditEntry> History);

    public async Task<(View? View, Refusal? Refusal)> LoadAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        var action = await actions.FindAsync(id, ct);
        if (action is null)
        {
            return (null, Refusal.NotFound);
        }

        if (!user.MaySee(action.CommuneCode))
        {
            return (null, Refusal.Forbidden);
        }

        var history = await audit.ListForSubjectAsync(ActionRepository.Subject(id), 50, ct);
        return (new View(action, ActionStatus.Shown(action, queries.Today), history), null);
    }

    /// <summary>Null when the change is made; a change that could not be stated (<paramref name="change"/>'s error) is refused only for those who may change.</summary>
    public async Task<Refusal?> ChangeAsync(ClaimsPrincipal user, CommuneAction action, Checked<ActionChange> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(change);
        var mayCancel = await auth.MeetsAsync(user, Policies.ActionCanceller);
        if (!await auth.MayAsync(user, UnitOperations.ChangeAction, action.CommuneCode) || (change.Value?.Status == ActionStatus.Cancelled && !mayCancel))
        {
            return Refusal.Forbidden;
        }

        var result = change.Error is null ? await service.ChangeAsync(action.Id, change.Value!, user.UserName(), mayCancel, ct) : null;
        return (change.Error ?? result!.Error) is { } error ? Refusal.Because(error) : null;
    }

    public static ActionChange ToStatus(string status, string? reason = null) => new(null, null, null, null, status, reason);

    /// <summary>
    /// The edit form: owner, due date and text of an open action. All three are required here (an emptied field is a
    /// mistake, not "leave as it was"); an unchanged due date is not re-checked, so an overdue action can get a new owner.
    /// </summary>
    public static Checked<ActionChange> Edit(CommuneAction action, string? text, string? owner, string? dueOn)
    {
        ArgumentNullException.ThrowIfNull(action);
        var missing = InputRules.Check("text", text, InputRules.TextMax, required: true)
            ?? InputRules.Check("owner", owner, InputRules.OwnerMax, required: true)
            ?? (InputRules.Clean(dueOn) is null ? ActionError.Of("due.missing") : null);
        if (missing is not null)
        {
            return missing;
        }

        var unchanged = string.Equals(InputRules.Clean(dueOn), action.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new ActionChange(text, owner, unchanged ? null : dueOn, null, null, null);
    }
}
