using System.Globalization;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>Bad input answered as RFC 7807 problems with the message in English (detail) and Vietnamese (detailVi).</summary>
public static class ApiProblems
{
    public static IResult UnknownCommune(string code) => Problem(
        StatusCodes.Status404NotFound, "Unknown commune",
        string.Format(CultureInfo.InvariantCulture, "There is no commune-level unit with code \"{0}\". GET /api/v1/communes lists the 168 codes.", code),
        string.Format(CultureInfo.InvariantCulture, "Không có đơn vị hành chính mã \"{0}\". GET /api/v1/communes liệt kê 168 mã.", code));

    public static IResult BadPeriod(string? period) => Problem(
        StatusCodes.Status400BadRequest, "Bad period",
        string.Format(CultureInfo.InvariantCulture, "The period \"{0}\" is not valid; use yyyy-MM, for example 2025-07.", period),
        string.Format(CultureInfo.InvariantCulture, "Kỳ báo cáo \"{0}\" không hợp lệ; dùng dạng yyyy-MM, ví dụ 2025-07.", period));

    public static IResult NoPeriods() => Problem(
        StatusCodes.Status404NotFound, "Nothing rated yet", "No reporting period has been rated yet.", "Chưa có kỳ báo cáo nào được chấm điểm.");

    public static IResult Forbidden(string code) => Problem(
        StatusCodes.Status403Forbidden, "Not your commune",
        string.Format(CultureInfo.InvariantCulture, "This account is bound to another commune and may not read {0}.", code),
        string.Format(CultureInfo.InvariantCulture, "Tài khoản này gắn với đơn vị khác, không được xem {0}.", code));

    public static IResult Problem(int status, string title, string detail, string detailVi) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["detailVi"] = detailVi });
}
