using Microsoft.Net.Http.Headers;

namespace DashboardKpi.Dashboard.Web.Caching;

/// <summary>
/// Caching headers for a resource a page names by its version (the overview's map, a commune's trend charts): the
/// address with the current version is kept by the browser for a year (a changed resource has a new address); any
/// other request must revalidate, and the ETag (the version) answers a browser that holds it with 304 and no body.
/// Private and varying by cookie: the content depends on the reader (language, what they may open).
/// </summary>
public static class VersionedResource
{
    /// <summary>Sets the headers; true when the request already holds this version (answer 304 Not Modified).</summary>
    public static bool PrepareResponse(HttpContext http, string version, string? requestedVersion)
    {
        ArgumentNullException.ThrowIfNull(http);
        var etag = new EntityTagHeaderValue("\"" + version + "\"");
        var headers = http.Response.Headers;
        headers.ETag = etag.ToString();
        headers.CacheControl = requestedVersion == version ? "private, max-age=31536000, immutable" : "private, no-cache";
        headers.Vary = "Cookie";
        return http.Request.GetTypedHeaders().IfNoneMatch.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(etag, useStrongComparison: false));
    }
}
