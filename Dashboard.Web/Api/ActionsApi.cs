using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Authorization;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>
/// GET/POST /api/v1/communes/{code}/actions, GET /api/v1/actions?status=…, PATCH /api/v1/actions/{id}. Token callers
/// are held to the same rules as people: a chair's token touches its own unit only.
/// </summary>
public static class ActionsApi
{
    public static RouteGroupBuilder MapActionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/communes/{code}/actions", ListForCommuneAsync).WithTags("Actions").WithName("ListCommuneActions")
            .WithSummary("A unit's actions with their status today (open, overdue, waitingForData, verified, cancelled, retired).")
            .Produces<List<ActionDto>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/communes/{code}/actions", CreateAsync).WithTags("Actions").WithName("CreateAction")
            .WithSummary("Creates an action on a criterion that is not green (chair of the unit, analyst, admin). Text defaults to the criterion's action sentence with its amount.")
            .Produces<ActionDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/actions", ListAsync).WithTags("Actions").WithName("ListActions")
            .WithSummary("Actions city-wide (a chair: its own unit), filtered by status, unit and criterion.")
            .Produces<List<ActionDto>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPatch("/actions/{id:long}", PatchAsync).WithTags("Actions").WithName("ChangeAction")
            .WithSummary("Changes text, owner, due date or note, marks it done waiting for data (status waitingForData), or cancels it with a reason (analysts, admins).")
            .Produces<ActionDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> ListForCommuneAsync(string code, ClaimsPrincipal user, CommuneRepository communes, ActionQueries queries, CancellationToken ct)
    {
        if (!user.MaySee(code))
        {
            return ActionMessages.Forbidden(code);
        }

        if (await communes.FindAsync(code, ct) is null)
        {
            return ActionMessages.Problem(ActionError.Of("commune.unknown", code));
        }

        return TypedResults.Ok((await queries.ListAsync(null, code, null, ct)).Select(ActionDto.From).ToList());
    }

    private static async Task<IResult> CreateAsync(string code, CreateActionRequest body, ClaimsPrincipal user, IAuthorizationService auth, ActionService service, ActionQueries queries, CancellationToken ct)
    {
        if (!await auth.MayAsync(user, UnitOperations.ChangeAction, code))
        {
            return user.MaySee(code) ? ActionMessages.RoleForbidden() : ActionMessages.Forbidden(code);
        }

        var result = await service.CreateAsync(new NewActionInput(code, body?.Criterion, body?.Period, body?.Text, body?.Owner, body?.DueOn, body?.Note), user.UserName(), ct);
        return result.Value is { } action
            ? TypedResults.Created("/api/v1/actions/" + action.Id, ActionDto.From(new ActionQueries.Row(action, ActionStatus.Shown(action, queries.Today))))
            : ActionMessages.Problem(result.Error!);
    }

    private static async Task<IResult> ListAsync(string? status, string? unit, string? criterion, ClaimsPrincipal user, ActionQueries queries, CancellationToken ct)
    {
        if (status is not null && !ActionStatus.Filters.Contains(status))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "filter",
                Localization.Ui.In(Scoring.Engine.Model.Language.En).Format("Actions.Error.filter", Short(status)),
                Localization.Ui.In(Scoring.Engine.Model.Language.Vi).Format("Actions.Error.filter", Short(status)));
        }

        if (user.BoundCommune() is { } bound)
        {
            if (unit is not null && unit != bound)
            {
                return ActionMessages.Forbidden(unit);
            }

            unit = bound;
        }

        return TypedResults.Ok((await queries.ListAsync(status, unit, criterion, ct)).Select(ActionDto.From).ToList());
    }

    private static async Task<IResult> PatchAsync(long id, PatchActionRequest body, ClaimsPrincipal user, IAuthorizationService auth, ActionRepository actions, ActionService service, ActionQueries queries, CancellationToken ct)
    {
        var action = await actions.FindAsync(id, ct);
        if (action is null)
        {
            return ActionMessages.Problem(ActionError.Of("action.unknown", id));
        }

        if (!await auth.MayAsync(user, UnitOperations.ChangeAction, action.CommuneCode))
        {
            return user.MaySee(action.CommuneCode) ? ActionMessages.RoleForbidden() : ActionMessages.Forbidden(action.CommuneCode);
        }

        var result = await service.ChangeAsync(id, new ActionChange(body?.Text, body?.Owner, body?.DueOn, body?.Note, body?.Status, body?.Reason), user.UserName(), await auth.MeetsAsync(user, Policies.ActionCanceller), ct);
        return result.Value is { } changed
            ? TypedResults.Ok(ActionDto.From(new ActionQueries.Row(changed, ActionStatus.Shown(changed, queries.Today))))
            : ActionMessages.Problem(result.Error!);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

public sealed record CreateActionRequest(string? Criterion, string? Period, string? Text, string? Owner, string? DueOn, string? Note);

public sealed record PatchActionRequest(string? Text, string? Owner, string? DueOn, string? Note, string? Status, string? Reason);

/// <summary>An action; status is today's (overdue computed from dueOn); verifiedPeriod/Value are the data that closed it.</summary>
public sealed record ActionDto(
    long Id, string CommuneCode, string CriterionCode, Period Period, string Text, string Owner, string DueOn, string? Note, string Status,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt, Period? VerifiedPeriod, decimal? VerifiedValue, string? CancelReason)
{
    public static ActionDto From(ActionQueries.Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var a = row.Action;
        return new(a.Id, a.CommuneCode, a.CriterionCode, a.Period, a.Text, a.Owner, a.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.Note, row.Shown, a.CreatedBy, a.CreatedAt, a.ClosedAt, a.VerifiedPeriod, a.VerifiedValue, a.CancelReason);
    }
}
