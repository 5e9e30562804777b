using System.Diagnostics;
using DashboardKpi.Dashboard.Web.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>
/// Why a page request failed, in the reader's language: re-executed for an exception and for any 4xx/5xx answered
/// without a body (no such page, a refused upload, …). Client faults state their reason; server faults a reference.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    public RequestFault Fault { get; private set; } = RequestFault.ForStatus(StatusCodes.Status500InternalServerError);

    /// <summary>The page a refused form was posted from, to go back to; null when there is nothing to go back to.</summary>
    public string? BackTo { get; private set; }

    public bool IsClientFault => Fault.Status is >= 400 and < 500;

    public void OnGet() => Explain();

    public void OnPost() => Explain();

    private void Explain()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (exception is null && reExecuted is null)
        {
            return; // opened directly: nothing failed, the generic text shows with a 200
        }

        Fault = HttpContext.Features.Get<RequestFault>() ?? RequestFault.FromException(exception?.Error) ?? RequestFault.ForStatus(Response.StatusCode);
        Response.StatusCode = Fault.Status;
        var originalPath = exception?.Path ?? reExecuted?.OriginalPath;
        BackTo = HttpMethods.IsPost(Request.Method) && originalPath is { Length: > 1 } && originalPath.StartsWith('/') && !originalPath.StartsWith("//", StringComparison.Ordinal)
            ? originalPath
            : null;
    }
}
