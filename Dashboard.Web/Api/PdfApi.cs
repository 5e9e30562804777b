using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Pdf;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>
/// The printable PDFs (issue 28): GET /api/v1/communes/{code}/scorecard.pdf, /api/v1/summary.pdf and /api/v1/pack.pdf,
/// each with ?period=yyyy-MM (the newest rated period when omitted) and ?lang=vi|en (the reader's language when omitted).
/// </summary>
public static class PdfApi
{
    private const string ContentType = "application/pdf";

    public static RouteGroupBuilder MapPdfApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("PDF");
        group.MapGet("/communes/{code}/scorecard.pdf", ScorecardAsync)
            .WithName("GetScorecardPdf")
            .WithSummary("A unit's scorecard as an A4 PDF: colours, values, thresholds, gaps, path to green, changes since the previous period, overdue actions.")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/summary.pdf", SummaryAsync)
            .WithName("GetSummaryPdf")
            .WithSummary("The city summary as an A4 PDF: units per colour, the worst ten, the most improved and the league table.")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/pack.pdf", PackAsync)
            .WithName("GetMonthlyPackPdf")
            .WithSummary("The monthly meeting pack: the city summary, then the scorecard of every red and yellow unit the caller may see, with changes and overdue actions.")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    /// <param name="code">The unit's code, e.g. 26740 (Phường Sài Gòn).</param>
    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    /// <param name="lang">vi or en; the reader's language when omitted.</param>
    private static async Task<IResult> ScorecardAsync(
        string code, string? period, string? lang, MeetingPdfs pdfs, PdfFonts fonts, ScorecardQueries queries, RatingsQueries ratings, Ui ui, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        if (await CheckAsync(asked, lang, fonts, ratings, ct) is { } problem)
        {
            return problem;
        }

        if (!user.MaySee(code))
        {
            return ApiProblems.Forbidden(code);
        }

        var card = await queries.GetAsync(code, asked, ct);
        if (card is null)
        {
            return ApiProblems.UnknownCommune(code);
        }

        if (card.Period is not { } shown)
        {
            return ApiProblems.NoPeriods();
        }

        var bytes = await pdfs.ScorecardAsync(card, Language(ui, lang), ct);
        return Results.File(bytes, ContentType, $"bang-diem-{code}-{shown}.pdf");
    }

    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    /// <param name="lang">vi or en; the reader's language when omitted.</param>
    private static Task<IResult> SummaryAsync(string? period, string? lang, MeetingPdfs pdfs, PdfFonts fonts, RatingsQueries ratings, Ui ui, CancellationToken ct) =>
        CityPdfAsync(period, lang, fonts, ratings, ui, "tom-tat", (resolved, language) => pdfs.SummaryAsync(resolved, language, ct), ct);

    /// <param name="period">yyyy-MM; the newest rated period when omitted.</param>
    /// <param name="lang">vi or en; the reader's language when omitted.</param>
    private static Task<IResult> PackAsync(string? period, string? lang, MeetingPdfs pdfs, PdfFonts fonts, RatingsQueries ratings, Ui ui, ClaimsPrincipal user, CancellationToken ct) =>
        CityPdfAsync(period, lang, fonts, ratings, ui, "tai-lieu-hop", (resolved, language) => pdfs.PackAsync(resolved, language, user, ct), ct);

    /// <summary>
    /// The city-wide PDFs (summary and meeting pack) answer bad input the same way and print the asked or newest rated
    /// period; only what is drawn and the file name differ.
    /// </summary>
    private static async Task<IResult> CityPdfAsync(
        string? period, string? lang, PdfFonts fonts, RatingsQueries ratings, Ui ui, string fileName, Func<Period, Ui, Task<byte[]>> render, CancellationToken ct)
    {
        if (!PeriodQuery.TryRead(period, out var asked))
        {
            return ApiProblems.BadPeriod(period);
        }

        if (await CheckAsync(asked, lang, fonts, ratings, ct) is { } problem)
        {
            return problem;
        }

        if (await ratings.ResolvePeriodAsync(asked, ct) is not { } resolved)
        {
            return ApiProblems.NoPeriods();
        }

        return Results.File(await render(resolved, Language(ui, lang)), ContentType, $"{fileName}-{resolved}.pdf");
    }

    /// <summary>Bad input and missing fonts, answered before any work (after a bad period's 400): 400 for a bad language, 404 for a period never rated, 503 without fonts.</summary>
    private static async Task<IResult?> CheckAsync(Period? period, string? lang, PdfFonts fonts, RatingsQueries ratings, CancellationToken ct)
    {
        if (lang is not (null or "vi" or "en"))
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Bad language", UiText.Both("Pdf.BadLanguage", lang));
        }

        if (period is { } asked && !(await ratings.ListPeriodsAsync(ct)).Contains(asked))
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Period not rated", UiText.Both("Pdf.PeriodNotRated", asked.ToString()));
        }

        return fonts.Available
            ? null
            : ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "PDF fonts missing", UiText.Both("Pdf.FontsMissing"));
    }

    private static Ui Language(Ui ui, string? lang) => lang switch
    {
        "en" => Ui.In(Scoring.Engine.Model.Language.En),
        "vi" => Ui.In(Scoring.Engine.Model.Language.Vi),
        _ => ui,
    };
}
