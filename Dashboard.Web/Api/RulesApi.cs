using System.Globalization;
using System.Text.Json;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>
/// Rule-set versions for analysts (admins and analysts): list, diff, what-if simulation, the rescoring job's
/// progress; publishing for admins only. Bad input is a 400/404 problem, never a 500.
/// </summary>
public static class RulesApi
{
    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/rules").WithTags("Rules").RequireAuthorization(Policies.RuleEditor);
        group.MapGet("/versions", ListAsync)
            .WithName("ListRuleVersions")
            .WithSummary("Every rule-set version with status (draft/published/retired), effective-from, author, dates and SHA-256.")
            .Produces<List<RuleVersionDto>>();
        group.MapGet("/versions/{version:int}/diff", DiffAsync)
            .WithName("DiffRuleVersions")
            .WithSummary("Criterion-by-criterion changes from version `against` (before) to `version` (after): thresholds, overrides, critical list, weights, texts; and `notes`, the after-version's change notes (what changed and why, per criterion).")
            .Produces<RuleDiffDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/simulate", SimulateAsync)
            .WithName("SimulateRules")
            .WithSummary("What-if: rates the stored data of the chosen periods with a candidate rule set next to the rules in force; counts before/after and the communes whose colour changes, with the criteria that caused it. Stores nothing.")
            .Accepts<SimulateRequest>("application/json")
            .Produces<SimulationDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/versions/{version:int}/publish", PublishAsync)
            .WithName("PublishRuleVersion")
            .WithSummary("Admins only: publishes a valid draft whose golden cases pass, from the chosen effectiveFrom (default: the draft's own), atomically with an audit entry, and queues the rescoring of the chosen period through the current month; earlier periods keep their ratings.")
            .RequireAuthorization(Policies.Admin)
            .Accepts<PublishRequest>("application/json")
            .Produces<PublishResultDto>()
            .Produces<PublishResultDto>(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/jobs/{id}", JobAsync)
            .WithName("GetRescoreJob")
            .WithSummary("A rescoring job's Hangfire state and progress (periods done of total), as queued by publishing.")
            .Produces<RescoreJobDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(RuleVersionService versions, CancellationToken ct) =>
        TypedResults.Ok((await versions.ListAsync(ct)).Select(RuleVersionDto.From).ToList());

    /// <param name="version">The version whose changes are listed (after).</param>
    /// <param name="against">The version compared with (before), e.g. the one in force.</param>
    private static async Task<IResult> DiffAsync(int version, string? against, RuleVersionService versions, CancellationToken ct)
    {
        if (!int.TryParse(against, NumberStyles.None, CultureInfo.InvariantCulture, out var other))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Bad version", UiText.Both("Api.BadAgainst", against));
        }

        var after = await versions.FindAsync(version, ct);
        var before = await versions.FindAsync(other, ct);
        if (after is null || before is null)
        {
            return UnknownVersion(after is null ? version : other);
        }

        var changes = versions.Diff(before, after);
        if (changes is null)
        {
            var broken = RuleVersionService.Validate(after.JsonText).IsValid ? before : after;
            return Invalid(StatusCodes.Status422UnprocessableEntity, broken.Version, RuleVersionService.Validate(broken.JsonText).Errors);
        }

        return TypedResults.Ok(RuleDiffDto.From(version, other, changes, RuleVersionService.Validate(after.JsonText).RuleSet?.Changes));
    }

    private static async Task<IResult> SimulateAsync(HttpRequest request, RuleVersionService versions, WhatIfQueries whatIf, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "JSON expected", UiText.Both("Api.JsonExpected"));
        }

        var body = await ReadAsync<SimulateRequest>(request, ct);
        if (body is null || (body.RuleSetJson is null) == (body.Version is null))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Bad request body", UiText.Both("Api.SimulateBody"));
        }

        var text = body.RuleSetJson;
        if (body.Version is { } number)
        {
            var stored = await versions.FindAsync(number, ct);
            if (stored is null)
            {
                return UnknownVersion(number);
            }

            text = stored.JsonText;
        }

        var read = RuleVersionService.Validate(text!);
        if (read.RuleSet is not { } candidate)
        {
            return Invalid(StatusCodes.Status400BadRequest, body.Version, read.Errors);
        }

        string? badPeriod = null;
        var periods = await whatIf.ResolvePeriodsAsync(body.Periods, p => badPeriod = p, ct);
        if (periods is null)
        {
            return ApiProblems.BadPeriod(badPeriod);
        }

        return TypedResults.Ok(SimulationDto.From(await whatIf.RunAsync(candidate, periods, ct)));
    }

    private static async Task<IResult> PublishAsync(int version, HttpContext http, RuleVersionService versions, IAntiforgery antiforgery, CancellationToken ct)
    {
        // As for imports: a browser session must prove the request came from our own page; token callers need not.
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme && !await antiforgery.IsRequestValidAsync(http))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Antiforgery token missing", UiText.Both("Api.AntiforgeryMissing"));
        }

        var body = http.Request.HasJsonContentType()
            ? await ReadAsync<PublishRequest>(http.Request, ct)
            : http.Request.ContentLength is null or 0 ? new PublishRequest(false) : null;
        if (body is null)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Bad request body", UiText.Both("Api.PublishBody"));
        }

        Scoring.Engine.Model.Period? from = null;
        if (body.EffectiveFrom is not null)
        {
            if (!Scoring.Engine.Model.Period.TryParse(body.EffectiveFrom, out var parsed))
            {
                return ApiProblems.BadPeriod(body.EffectiveFrom);
            }

            from = parsed;
        }

        if (await versions.FindAsync(version, ct) is null)
        {
            return UnknownVersion(version);
        }

        var result = await versions.PublishAsync(version, http.User.UserName(), body.RepublishHistory, from, ct);
        var dto = PublishResultDto.From(version, result);
        return result.Published ? TypedResults.Ok(dto) : TypedResults.Conflict(dto);
    }

    private static IResult JobAsync(string id, RescoreProgress progress) =>
        progress.Find(id) is { } status
            ? TypedResults.Ok(RescoreJobDto.From(status))
            : ApiProblems.Problem(StatusCodes.Status404NotFound, "Unknown job", UiText.Both("Api.UnknownJob", id));

    /// <summary>The body as T, or null when it is not JSON of that shape (never an exception, so never a 500).</summary>
    private static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult UnknownVersion(int version) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "Unknown rule-set version", UiText.Both("Api.UnknownVersion", version));

    private static IResult Invalid(int status, int? version, IReadOnlyList<Scoring.Engine.Loading.RuleSetError> errors)
    {
        var detail = version is { } v ? UiText.Both("Api.InvalidVersion", v, errors.Count) : UiText.Both("Api.InvalidRuleSet", errors.Count);
        return Results.Problem(
            statusCode: status,
            title: "The rule set does not validate",
            detail: detail.En,
            extensions: new Dictionary<string, object?>
            {
                ["detailVi"] = detail.Vi,
                ["errors"] = RuleSetErrorDto.From(errors),
            });
    }
}
