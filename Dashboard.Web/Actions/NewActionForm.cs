using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using Microsoft.AspNetCore.Authorization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>
/// The new-action form: who may open it for a unit (chair of that unit, analysts, admins), what it offers (the unit's
/// rating for the period, the criteria that are not green, the suggested text) and the create itself.
/// </summary>
public sealed class NewActionForm(ActionService service, IAuthorizationService auth, Ui ui)
{
    public sealed record Prefill(RatingSnapshot? Snapshot, string? Period, string? Text, ActionError? Error)
    {
        /// <summary>Criteria an action can be made for: rated, not green, in force.</summary>
        public IEnumerable<RatingSnapshotCriterion> Choices =>
            Snapshot?.Criteria.Where(c => c.Rating is not RatingColour.Green and not RatingColour.NotInForce) ?? [];
    }

    public async Task<Refusal?> CheckAsync(ClaimsPrincipal user, string code) =>
        await auth.MayAsync(user, UnitOperations.ChangeAction, code) ? null : Refusal.Forbidden;

    /// <summary>The unit's rating for the period (the latest when none is given); <paramref name="text"/> when given, else the criterion's action sentence.</summary>
    public async Task<Prefill> PrefillAsync(string code, string? criterion, string? period, string? text, CancellationToken ct)
    {
        var (snapshot, error) = await service.RatedAsync(code, period, ct);
        text ??= criterion is not null && snapshot is not null ? ActionService.SuggestedText(snapshot, criterion, ui.Language) : null;
        return new Prefill(snapshot, snapshot?.Period.ToString() ?? period, text, error);
    }

    public async Task<(CommuneAction? Action, Refusal? Refusal)> CreateAsync(ClaimsPrincipal user, NewActionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await CheckAsync(user, input.CommuneCode) is { } refusal)
        {
            return (null, refusal);
        }

        var result = await service.CreateAsync(input, user.UserName(), ct);
        return (result.Value, result.Error is { } error ? Refusal.Because(error) : null);
    }
}

/// <summary>What a person types into the new-action form.</summary>
public sealed class NewActionFields
{
    public string? Text { get; set; }

    public string? Owner { get; set; }

    public string? DueOn { get; set; }

    public string? Note { get; set; }

    public NewActionInput Input(string code, string? criterion, string? period) => new(code, criterion, period, Text, Owner, DueOn, Note);
}
