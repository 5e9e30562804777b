using System.Globalization;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>
/// The one size limit for an uploaded report (upload page and POST /api/v1/imports): the request limit, the
/// multipart limit, the browser's check before sending and every message that states it come from here.
/// 20 MB holds a monthly report for 168 units many times over (the template is about 30 KB); the importer's own
/// row and unpacked-size limits still apply to what fits.
/// </summary>
public static class UploadLimit
{
    public const int Megabytes = 20;
    public const long Bytes = Megabytes * 1024L * 1024;

    /// <summary>The whole request: the file plus room for the form around it (boundaries, part headers, the antiforgery field).</summary>
    public const long RequestBytes = Bytes + 64 * 1024;

    /// <summary>"20 MB", as every message writes it.</summary>
    public static string Text => Megabytes.ToString(CultureInfo.InvariantCulture) + " MB";
}
