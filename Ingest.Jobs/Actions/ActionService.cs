using System.Globalization;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>
/// Creates and changes actions after checking every field; nothing is stored when a check fails. Who may do what
/// (own unit, cancelling) is the caller's decision; this class checks the content.
/// </summary>
public sealed class ActionService(
    ActionRepository actions, RatingSnapshotRepository snapshots, CommuneRepository communes, ActionVerifier verifier, TimeProvider clock)
{
    public async Task<Checked<CommuneAction>> CreateAsync(NewActionInput input, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await communes.FindAsync(input.CommuneCode, ct).ConfigureAwait(false) is null)
        {
            return ActionError.Of("commune.unknown", input.CommuneCode);
        }

        var (snapshot, error) = await RatedAsync(input.CommuneCode, input.Period, ct).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var criterionCode = InputRules.Clean(input.CriterionCode);
        if (criterionCode is null)
        {
            return ActionError.Of("criterion.missing");
        }

        var rated = snapshot!.Criteria.FirstOrDefault(c => string.Equals(c.CriterionCode, criterionCode, StringComparison.Ordinal));
        if (rated is null)
        {
            return ActionError.Of("criterion.unknown", Short(criterionCode), snapshot.Period);
        }

        if (rated.Rating is RatingColour.Green or RatingColour.NotInForce)
        {
            return ActionError.Of(rated.Rating == RatingColour.Green ? "criterion.green" : "criterion.notInForce", criterionCode, snapshot.Period);
        }

        var text = InputRules.Clean(input.Text) ?? SuggestedText(snapshot, criterionCode, Language.Vi);
        var check = InputRules.Check("text", text, InputRules.TextMax, required: true)
            ?? InputRules.Check("owner", input.Owner, InputRules.OwnerMax, required: true)
            ?? InputRules.Check("note", input.Note, InputRules.NoteMax, required: false);
        if (check is not null)
        {
            return check;
        }

        var (due, dueError) = ParseDue(input.DueOn);
        if (dueError is not null)
        {
            return dueError;
        }

        var now = clock.GetUtcNow();
        var action = new CommuneAction
        {
            CommuneCode = input.CommuneCode,
            CriterionCode = criterionCode,
            Period = snapshot.Period,
            Text = text!,
            Owner = InputRules.Clean(input.Owner)!,
            DueOn = due,
            Note = InputRules.Clean(input.Note),
            Status = ActionStatus.Open,
            CreatedBy = userName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var id = await actions.InsertAsync(action, new AuditEntry
        {
            At = now,
            UserName = userName,
            Action = "action.create",
            Subject = "",
            DetailJson = JsonSerializer.Serialize(new { action.CommuneCode, action.CriterionCode, action.Period, action.Owner, due = action.DueOn }),
        }, ct).ConfigureAwait(false);
        var stored = action with { Id = id };

        // A later period may already be rated (the action was made from an older month): let the data speak at once.
        await verifier.VerifyAsync(stored, ct).ConfigureAwait(false);
        return (await actions.FindAsync(id, ct).ConfigureAwait(false))!;
    }

    public async Task<Checked<CommuneAction>> ChangeAsync(long id, ActionChange change, string userName, bool mayCancel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var action = await actions.FindAsync(id, ct).ConfigureAwait(false);
        if (action is null)
        {
            return ActionError.Of("action.unknown", id);
        }

        if (action.IsClosed)
        {
            return ActionError.Of("action.closed", id);
        }

        var check = InputRules.Check("text", change.Text, InputRules.TextMax, required: false)
            ?? InputRules.Check("owner", change.Owner, InputRules.OwnerMax, required: false)
            ?? InputRules.Check("note", change.Note, InputRules.NoteMax, required: false)
            ?? InputRules.Check("reason", change.Reason, InputRules.ReasonMax, required: false);
        if (check is not null)
        {
            return check;
        }

        var status = InputRules.Clean(change.Status);
        if (status is not null and not ActionStatus.Open and not ActionStatus.WaitingForData and not ActionStatus.Cancelled)
        {
            return ActionError.Of("status.invalid", Short(status));
        }

        if (status == ActionStatus.Cancelled && !mayCancel)
        {
            return ActionError.Of("cancel.notAllowed");
        }

        if (status == ActionStatus.Cancelled && InputRules.Clean(change.Reason) is null)
        {
            return ActionError.Of("reason.missing");
        }

        var due = action.DueOn;
        if (change.DueOn is not null)
        {
            var (parsed, dueError) = ParseDue(change.DueOn);
            if (dueError is not null)
            {
                return dueError;
            }

            due = parsed;
        }

        var now = clock.GetUtcNow();
        var cancelled = status == ActionStatus.Cancelled;
        var changed = action with
        {
            Text = InputRules.Clean(change.Text) ?? action.Text,
            Owner = InputRules.Clean(change.Owner) ?? action.Owner,
            Note = change.Note is null ? action.Note : InputRules.Clean(change.Note),
            DueOn = due,
            Status = status ?? action.Status,
            UpdatedAt = now,
            ClosedAt = cancelled ? now : null,
            CancelReason = cancelled ? InputRules.Clean(change.Reason) : null,
        };
        var verb = cancelled ? "action.cancel" : status == ActionStatus.WaitingForData ? "action.doneWaitingForData" : "action.update";
        var written = await actions.UpdateOpenAsync(changed, new AuditEntry
        {
            At = now,
            UserName = userName,
            Action = verb,
            Subject = "",
            DetailJson = JsonSerializer.Serialize(new
            {
                before = new { action.Status, action.Owner, due = action.DueOn, action.Text, action.Note },
                after = new { changed.Status, changed.Owner, due = changed.DueOn, changed.Text, changed.Note, reason = changed.CancelReason },
            }),
        }, ct).ConfigureAwait(false);
        return written ? changed : ActionError.Of("action.closed", id);
    }

    /// <summary>The criterion's action sentence with its amount (the gap to the next colour) from the stored rating.</summary>
    public static string? SuggestedText(RatingSnapshot snapshot, string criterionCode, Language language)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var score = ScoreJson.Deserialize(snapshot.ResultJson);
        var step = score.PathToGreen.FirstOrDefault(p => p.CriterionCode == criterionCode);
        var gap = step?.Gap ?? score.Criteria.FirstOrDefault(c => c.Code == criterionCode)?.Gaps.LastOrDefault();
        return gap?.Action.In(language);
    }

    /// <summary>The unit's stored rating for the period (or its newest), or why there is none.</summary>
    public async Task<(RatingSnapshot? Snapshot, ActionError? Error)> RatedAsync(string communeCode, string? period, CancellationToken ct)
    {
        period = InputRules.Clean(period);
        Period? asked = null;
        if (period is not null)
        {
            if (!Period.TryParse(period, out var parsed))
            {
                return (null, ActionError.Of("period.invalid", Short(period)));
            }

            asked = parsed;
        }

        var chosen = asked ?? (await snapshots.ListPeriodsAsync(ct).ConfigureAwait(false)).Cast<Period?>().FirstOrDefault(); // newest first
        var snapshot = chosen is { } rated ? await snapshots.FindLatestAsync(communeCode, rated, ct).ConfigureAwait(false) : null;
        return snapshot is null ? (null, ActionError.Of("period.notRated", chosen?.ToString() ?? "–")) : (snapshot, null);
    }

    private (DateOnly Due, ActionError? Error) ParseDue(string? text)
    {
        text = InputRules.Clean(text);
        if (text is null)
        {
            return (default, ActionError.Of("due.missing"));
        }

        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            return (default, ActionError.Of("due.invalid", Short(text)));
        }

        var today = VietnamTime.Today(clock);
        if (due < today)
        {
            return (default, ActionError.Of("due.past", due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }

        return due > today.AddYears(InputRules.DueYearsAhead)
            ? (default, ActionError.Of("due.tooFar", InputRules.DueYearsAhead))
            : (due, null);
    }

    /// <summary>What a message may quote of a bad value: short, so a 10 MB value is not echoed back.</summary>
    internal static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
