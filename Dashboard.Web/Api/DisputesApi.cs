using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Authorization;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>POST /api/v1/communes/{code}/disputes, GET /api/v1/disputes?status=…, POST /api/v1/disputes/{id}/decision.</summary>
public static class DisputesApi
{
    public static RouteGroupBuilder MapDisputesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/communes/{code}/disputes", FileAsync).WithTags("Disputes").WithName("FileDispute")
            .WithSummary($"A chair disputes a criterion's figure or rating for a period, with a reason, optionally a corrected figure and a file (base64, at most {InputRules.FileBytes / 1024 / 1024} MB).")
            .Produces<DisputeDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/disputes", ListAsync).WithTags("Disputes").WithName("ListDisputes")
            .WithSummary("Disputes (a chair: its own unit's), filtered by status: open, accepted, rejected.")
            .Produces<List<DisputeDto>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/disputes/{id:long}/decision", DecideAsync).WithTags("Disputes").WithName("DecideDispute")
            .WithSummary("A steward or analyst accepts (the corrected figure goes in as source 'correction' and the period is rescored) or rejects with a reason. Decided disputes never change.")
            .Produces<DisputeDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> FileAsync(string code, FileDisputeRequest body, ClaimsPrincipal user, IAuthorizationService auth, DisputeService service, CancellationToken ct)
    {
        if (!await auth.MayAsync(user, UnitOperations.FileDispute, code))
        {
            return user.MaySee(code) ? ActionMessages.RoleForbidden() : ActionMessages.Forbidden(code);
        }

        byte[]? file = null;
        if (!string.IsNullOrEmpty(body?.FileBase64))
        {
            if (body.FileBase64.Length > (InputRules.FileBytes / 3 * 4) + 8)
            {
                return ActionMessages.Problem(ActionError.Of("file.tooLarge", InputRules.FileBytes / 1024 / 1024));
            }

            try
            {
                file = Convert.FromBase64String(body.FileBase64);
            }
            catch (FormatException)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "file", "fileBase64 is not valid base64.", "fileBase64 không phải chuỗi base64 hợp lệ.");
            }
        }

        var result = await service.FileAsync(new NewDisputeInput(code, body?.Criterion, body?.Period, body?.Reason, body?.CorrectedValue, body?.FileName, file), user.UserName(), ct);
        return result.Value is { } dispute ? TypedResults.Created("/api/v1/disputes/" + dispute.Id, DisputeDto.From(dispute)) : ActionMessages.Problem(result.Error!);
    }

    private static async Task<IResult> ListAsync(string? status, ClaimsPrincipal user, DisputeRepository disputes, CancellationToken ct)
    {
        if (status is not null && !DisputeStatus.All.Contains(status))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "filter",
                Localization.Ui.In(Scoring.Engine.Model.Language.En).Format("Actions.Error.filter", status.Length > 40 ? status[..40] : status),
                Localization.Ui.In(Scoring.Engine.Model.Language.Vi).Format("Actions.Error.filter", status.Length > 40 ? status[..40] : status));
        }

        return TypedResults.Ok((await disputes.ListAsync(user.BoundCommune(), status, ct)).Select(DisputeDto.From).ToList());
    }

    private static async Task<IResult> DecideAsync(long id, DecisionRequest body, ClaimsPrincipal user, IAuthorizationService auth, DisputeService service, CancellationToken ct)
    {
        if (!await auth.MeetsAsync(user, Policies.DisputeDecider))
        {
            return ActionMessages.RoleForbidden();
        }

        var decision = body?.Decision;
        if (decision is not ("accept" or "reject"))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "decision",
                "decision must be \"accept\" or \"reject\".", "decision phải là \"accept\" (chấp nhận) hoặc \"reject\" (bác bỏ).");
        }

        var result = await service.DecideAsync(id, new DisputeDecision(decision == "accept", body!.Reason, body.CorrectedValue), user.UserName(), ct);
        return result.Value is { } decided ? TypedResults.Ok(DisputeDto.From(decided)) : ActionMessages.Problem(result.Error!);
    }
}

public sealed record FileDisputeRequest(string? Criterion, string? Period, string? Reason, string? CorrectedValue, string? FileName, string? FileBase64);

public sealed record DecisionRequest(string? Decision, string? Reason, string? CorrectedValue);

public sealed record DisputeDto(
    long Id, string CommuneCode, Period Period, string CriterionCode, string IndicatorCode, string Reason, string? CorrectedValue, string? FileName,
    string? FileSha256, string Status, string FiledBy, DateTimeOffset FiledAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionReason,
    string? AcceptedValue, long? CorrectionRunId)
{
    public static DisputeDto From(Dispute d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.CommuneCode, d.Period, d.CriterionCode, d.IndicatorCode, d.Reason, d.CorrectedValue, d.FileName, d.FileSha256, d.Status,
            d.FiledBy, d.FiledAt, d.DecidedBy, d.DecidedAt, d.DecisionReason, d.AcceptedValue, d.CorrectionRunId);
    }
}
