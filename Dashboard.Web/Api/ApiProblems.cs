using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>Bad input answered as RFC 7807 problems with the message in English (detail) and Vietnamese (detailVi).</summary>
public static class ApiProblems
{
    public static IResult UnknownCommune(string code) =>
        Problem(StatusCodes.Status404NotFound, "Unknown commune", UiText.Both("Api.UnknownCommune", code));

    public static IResult BadPeriod(string? period) =>
        Problem(StatusCodes.Status400BadRequest, "Bad period", UiText.Both("Api.BadPeriod", period));

    public static IResult NoPeriods() =>
        Problem(StatusCodes.Status404NotFound, "Nothing rated yet", UiText.Both("Api.NoPeriods"));

    public static IResult Forbidden(string code) =>
        Problem(StatusCodes.Status403Forbidden, "Not your commune", UiText.Both("Api.NotYourCommune", code));

    /// <summary>The message from the .resx files (<see cref="UiText.Both"/>), in both languages.</summary>
    public static IResult Problem(int status, string title, LocalizedText detail) => Problem(status, title, detail.En, detail.Vi);

    public static IResult Problem(int status, string title, string detail, string detailVi) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["detailVi"] = detailVi });
}
