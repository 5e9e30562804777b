using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Actions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>An action or dispute change the service refused: shown on the page in the reader's words, 404 for an unknown unit, action or dispute, 409 for a conflict, else 400.</summary>
public static class RefusedChange
{
    public static string Show(PageModel page, ActionError error, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(error);
        page.Response.StatusCode = error.IsNotFound ? StatusCodes.Status404NotFound
            : error.IsConflict ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest;
        return ActionMessages.Text(error, ui);
    }
}
