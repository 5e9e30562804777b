using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>
/// Narrative reports by API: POST /api/v1/imports/report reads one or more files and answers with the proposals
/// (nothing stored but the report); GET /api/v1/imports/report/{id} gives them again; POST …/{id}/confirm imports
/// the values sent back, through the same pipeline as every import.
/// </summary>
public static class ReportImportsApi
{
    public static RouteGroupBuilder MapReportImportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/report", UploadAsync)
            .WithTags("Imports").WithName("UploadNarrativeReport")
            .WithSummary($"Reads narrative reports (.docx, .pdf, .txt, and scans as image-only .pdf, .png, .jpg or .tif, read by OCR in the background: status \"reading\" until GET …/{{id}} shows the proposals; multipart fields \"file\", optional \"communeCode\" and \"period\" yyyy-MM; at most {UploadLimit.Text}) and returns the proposed values; nothing is imported before confirm.")
            .RequireAuthorization(Policies.DataSteward).DisableAntiforgery().WithMetadata(new UploadEndpointAttribute())
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<IReadOnlyList<NarrativeReportDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/imports/report/{id:long}", GetAsync)
            .WithTags("Imports").WithName("GetNarrativeReport").WithSummary("A narrative report's state and proposals; for a scan, the OCR's progress per page, its reason when it failed and its text.")
            .RequireAuthorization(Policies.DataSteward)
            .Produces<NarrativeReportDto>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/imports/report/checklist", ChecklistAsync)
            .WithTags("Imports").WithName("NarrativeReportChecklist")
            .WithSummary("The month's checklist (period=yyyy-MM, optional status missing|uploaded|confirmed and q, a name matched without diacritics): every unit's report status and, per report, the reported indicators it gives no value for.")
            .RequireAuthorization(Policies.DataSteward)
            .Produces<ChecklistDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/imports/report/{id:long}/confirm", ConfirmAsync)
            .WithTags("Imports").WithName("ConfirmNarrativeReport")
            .WithSummary("Imports the confirmed values (indicatorCode, value) for the report's unit and period, like any import; answers with the import summary.")
            .RequireAuthorization(Policies.DataSteward).DisableAntiforgery()
            .Produces<ImportSummaryDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, NarrativeReportService service, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (await AntiforgeryProblemAsync(http, antiforgery) is { } problem)
        {
            return problem;
        }

        if (!http.Request.HasFormContentType)
        {
            return NoFile();
        }

        var form = await http.Request.ReadFormAsync(ct);
        var files = form.Files.Where(f => f.Length > 0).ToList();
        if (files.Count == 0)
        {
            return NoFile();
        }

        var answers = new List<NarrativeReportDto>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            var outcome = await service.UploadAsync(stream, file.FileName, form["communeCode"].FirstOrDefault(), form["period"].FirstOrDefault(), http.User.UserName(), ct);
            if (outcome.Report is null && files.Count == 1)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Report refused", outcome.MessageEn ?? "", outcome.MessageVi ?? "");
            }

            answers.Add(outcome.Report is null
                ? NarrativeReportDto.Refused(file.FileName, outcome.MessageVi, outcome.MessageEn)
                : NarrativeReportDto.From(outcome.Report, outcome.Duplicate, await service.FindScanAsync(outcome.Report.Id, ct)));
        }

        return TypedResults.Ok(answers);
    }

    private static async Task<IResult> GetAsync(long id, NarrativeReportService service, CancellationToken ct) =>
        await service.FindAsync(id, ct) is { } report ? TypedResults.Ok(NarrativeReportDto.From(report, false, await service.FindScanAsync(id, ct))) : NotFound();

    private static async Task<IResult> ConfirmAsync(long id, ConfirmReportRequest? request, HttpContext http, NarrativeReportService service, IAntiforgery antiforgery, CancellationToken ct)
    {
        if (await AntiforgeryProblemAsync(http, antiforgery) is { } problem)
        {
            return problem;
        }

        if (await service.FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        var values = (request?.Values ?? []).Select(v => new NarrativeReportService.AcceptedValue(v.IndicatorCode ?? "", v.Value ?? "")).ToList();
        var outcome = await service.ConfirmAsync(id, values, request?.CommuneCode, request?.Period, http.User.UserName(), ct);
        return outcome.Summary is { } summary
            ? TypedResults.Ok(ImportSummaryDto.From(summary))
            : ApiProblems.Problem(StatusCodes.Status400BadRequest, "Not confirmed", outcome.MessageEn ?? "", outcome.MessageVi ?? "");
    }

    private static async Task<IResult> ChecklistAsync(string? period, string? status, string? q, ReportChecklist checklist, CancellationToken ct)
    {
        if (!Period.TryParse(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        if (!string.IsNullOrEmpty(status) && !ReportChecklist.Statuses.Contains(status))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Bad status", UiText.Both("Api.BadChecklistStatus"));
        }

        var result = await checklist.BuildAsync(asked, status, q, ct);
        return TypedResults.Ok(new ChecklistDto(result.Period, result.Total, result.Counts, result.Rows.Select(r => new ChecklistRowDto(
            r.Commune.Code, r.Commune.FullName, r.Status, r.ReportId, r.FileName, r.Unmentioned.Select(i => i.Code).ToList())).ToList()));
    }

    private static async Task<IResult?> AntiforgeryProblemAsync(HttpContext http, IAntiforgery antiforgery) =>
        http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme && !await antiforgery.IsRequestValidAsync(http)
            ? ApiProblems.Problem(StatusCodes.Status400BadRequest, "Antiforgery token missing", UiText.Both("Api.AntiforgeryMissing"))
            : null;

    private static IResult NoFile() => ApiProblems.Problem(StatusCodes.Status400BadRequest, "No file", UiText.Both("Api.NoFile"));

    private static IResult NotFound() => ApiProblems.Problem(StatusCodes.Status404NotFound, "No such report", UiText.Both("Api.NoSuchReport"));
}

/// <summary>The month's checklist: the counts per status over all units, then the rows the filters leave.</summary>
public sealed record ChecklistDto(Period Period, int Total, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<ChecklistRowDto> Units);

/// <summary>One unit: missing, uploaded or confirmed; with a report, its id and the reported indicators it does not mention.</summary>
public sealed record ChecklistRowDto(string Code, string Name, string Status, long? ReportId, string? FileName, IReadOnlyList<string> Unmentioned);

public sealed record ConfirmReportRequest(string? CommuneCode, string? Period, IReadOnlyList<ConfirmedValue>? Values);

public sealed record ConfirmedValue(string? IndicatorCode, string? Value);

/// <summary>
/// A narrative report: status proposed/confirmed (or refused, with the reason), unit, period and the proposals; the
/// units its head names and, when that leaves the unit open (two named, or none), the message saying so.
/// </summary>
public sealed record NarrativeReportDto(
    long? Id, string Status, string FileName, string? CommuneCode, Period? Period, bool Duplicate, long? RunId,
    IReadOnlyList<ProposalDto> Proposals, string? MessageVi, string? MessageEn)
{
    public IReadOnlyList<string> HeaderCommunes { get; init; } = [];

    /// <summary>For a scan: the OCR's status, pages read of all, its reason when it failed and the text it gave.</summary>
    public OcrDto? Ocr { get; init; }

    public static NarrativeReportDto From(NarrativeReport report, bool duplicate, ReportScan? scan = null)
    {
        if (scan is { Status: not ReportScan.Done })
        {
            // Not read yet, or never will be: the status says which, the reason why.
            var status = scan.Status == ReportScan.Failed ? "failed" : "reading";
            return new(report.Id, status, report.FileName, report.CommuneCode, report.Period, duplicate, null, [], scan.ReasonVi, scan.ReasonEn) { Ocr = OcrDto.From(scan) };
        }

        var reading = NarrativeReportService.ReadingOf(report);
        var (vi, en) = report.CommuneCode is null ? UnitOpen(reading.HeaderCommunes) : (null, null);
        return new(report.Id, report.Status, report.FileName, report.CommuneCode, report.Period, duplicate, report.RunId,
            reading.Proposals.Select(ProposalDto.From).ToList(), vi, en)
        { HeaderCommunes = reading.HeaderCommunes, Ocr = scan is null ? null : OcrDto.From(scan) };
    }

    public static NarrativeReportDto Refused(string fileName, string? vi, string? en) => new(null, "refused", fileName, null, null, false, null, [], vi, en);

    private static (string Vi, string En) UnitOpen(IReadOnlyList<string> named)
    {
        var key = named.Count > 1 ? "ReportApi.TwoUnits" : "ReportApi.NoUnit";
        var codes = string.Join(", ", named);
        return (Ui.In(Language.Vi).Format(key, named.Count, codes), Ui.In(Language.En).Format(key, named.Count, codes));
    }
}

/// <summary>OCR of a scan: queued, running, done or failed; pages read so far of all; the reason (vi/en) when it failed; the text OCR gave.</summary>
public sealed record OcrDto(string Status, int PagesDone, int PagesTotal, string? ReasonCode, string? ReasonVi, string? ReasonEn,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Text)
{
    public static OcrDto From(ReportScan scan) => new(scan.Status, scan.PagesDone, scan.PagesTotal, scan.ReasonCode, scan.ReasonVi, scan.ReasonEn,
        scan.QueuedAt, scan.StartedAt, scan.FinishedAt, scan.OcrText);
}

public sealed record ProposalDto(string IndicatorCode, string? Value, string Evidence, string Match, double Confidence, string Place, string? NoteVi, string? NoteEn)
{
    public static ProposalDto From(ReportProposal p)
    {
        var start = Math.Clamp(p.MatchStart, 0, p.Evidence.Length);
        return new(p.IndicatorCode, p.Value, p.Evidence, p.Evidence.Substring(start, Math.Clamp(p.MatchLength, 0, p.Evidence.Length - start)), p.Confidence, p.Place, p.NoteVi, p.NoteEn);
    }
}
