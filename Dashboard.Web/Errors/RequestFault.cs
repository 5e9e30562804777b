using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;

namespace DashboardKpi.Dashboard.Web.Errors;

/// <summary>
/// Why a request was refused, in both languages: the API sends it as a problem (detail, detailVi), pages show it
/// in the reader's language. One catalog, so the two can never say different things.
/// </summary>
public sealed record RequestFault(int Status, string Title, string DetailEn, string DetailVi)
{
    public static RequestFault TooLarge { get; } = Of(StatusCodes.Status413PayloadTooLarge, "File too large", "Fault.TooLarge", UploadLimit.Text);

    public static RequestFault CutOff { get; } = Of(StatusCodes.Status400BadRequest, "Upload cut off", "Fault.CutOff");

    public static RequestFault MalformedForm { get; } = Of(StatusCodes.Status400BadRequest, "Malformed form", "Fault.MalformedForm");

    /// <summary>The reason for a status the framework answered by itself (no route, wrong method, not signed in…).</summary>
    public static RequestFault ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => Of(status, "Bad request", "Fault.BadRequest"),
        StatusCodes.Status401Unauthorized => Of(status, "Not signed in", "Fault.NotSignedIn"),
        StatusCodes.Status403Forbidden => Of(status, "Forbidden", "Fault.Forbidden"),
        StatusCodes.Status404NotFound => Of(status, "Not found", "Fault.NotFound"),
        StatusCodes.Status405MethodNotAllowed => Of(status, "Method not allowed", "Fault.MethodNotAllowed"),
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => Of(status, "Unsupported content type", "Fault.UnsupportedMediaType"),
        >= 400 and < 500 => Of(status, "Request refused", "Fault.Refused", status),
        _ => Of(status, "Server error", "Fault.ServerError"),
    };

    /// <summary>
    /// The fault behind an exception that is the client's doing (a body over Kestrel's limit or otherwise bad at
    /// the HTTP level); null for anything else, which stays a 500.
    /// </summary>
    public static RequestFault? FromException(Exception? exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge,
        BadHttpRequestException bad => ForStatus(bad.StatusCode),
        _ => null,
    };

    /// <summary>The detail in both languages from the .resx files; the title stays English (a problem's stable label).</summary>
    private static RequestFault Of(int status, string title, string key, params object?[] args)
    {
        var detail = UiText.Both(key, args);
        return new(status, title, detail.En, detail.Vi);
    }

    public string Detail(Scoring.Engine.Model.Language language) => language == Scoring.Engine.Model.Language.En ? DetailEn : DetailVi;
}
