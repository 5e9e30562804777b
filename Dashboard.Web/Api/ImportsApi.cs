using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>POST /api/v1/imports: a report file through the same pipeline as the file drop, answered with the import summary.</summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/imports", ImportAsync)
            .WithTags("Imports")
            .WithName("ImportReport")
            .WithSummary($"Imports a monthly report (.xlsx or .csv, multipart field \"file\", at most {UploadLimit.Text}) and returns the import summary; ratings are recomputed in the background.")
            .RequireAuthorization(Policies.DataSteward)
            .DisableAntiforgery()
            .WithMetadata(new UploadEndpointAttribute())
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportSummaryDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, UploadImporter importer, IAntiforgery antiforgery, CancellationToken ct)
    {
        // Token callers are machines; a browser session (cookie) must prove the request came from our own page.
        if (http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme && !await antiforgery.IsRequestValidAsync(http))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Antiforgery token missing", UiText.Both("Api.AntiforgeryMissing"));
        }

        if (!http.Request.HasFormContentType)
        {
            return NoFile();
        }

        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
        {
            return NoFile();
        }

        await using var stream = file.OpenReadStream();
        var summary = await importer.ImportAsync(stream, file.FileName, http.User.UserName(), ct);
        return TypedResults.Ok(ImportSummaryDto.From(summary));
    }

    private static IResult NoFile() => ApiProblems.Problem(StatusCodes.Status400BadRequest, "No file", UiText.Both("Api.NoFile"));
}

/// <summary>
/// What an import did. Status: succeeded, duplicate (same content already imported), failed (the messages say why) or
/// interrupted (the import's lease lapsed before it completed, so nothing was stored: send the file again).
/// </summary>
public sealed record ImportSummaryDto(
    long RunId, string Source, string? FileName, string Status, int ImportedCount, int UpdatedCount, int UnchangedCount, int QuarantinedCount,
    IReadOnlyList<Period> Periods, string? MessageVi, string? MessageEn, IReadOnlyDictionary<string, int> QuarantineReasons, int MappedOldCodes)
{
    public static ImportSummaryDto From(ImportSummary s) => new(
        s.RunId, s.Source, s.FileName, s.Status, s.ImportedCount, s.UpdatedCount, s.UnchangedCount, s.QuarantinedCount, s.Periods,
        s.MessageVi, s.MessageEn, s.QuarantineReasons.ToDictionary(r => r.Code, r => r.Count), s.MappedOldCodes);
}
