using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>
/// A page whose forms ask a service for a change (actions, disputes): done, it goes to the page of what changed;
/// refused, it answers 404 or 403, or shows the reason on itself.
/// </summary>
public abstract class ChangePage(Ui ui) : PageModel
{
    public string? Error { get; protected set; }

    protected Ui Ui { get; } = ui;

    /// <summary>The answer to a refusal; null when there is none.</summary>
    protected IActionResult? Answer(Refusal? refusal) => refusal switch
    {
        null => null,
        { Error: { } error } => Show(error),
        { Status: StatusCodes.Status404NotFound } => NotFound(),
        _ => Forbid(),
    };

    /// <summary>This page with the reason, under 404, 409 or 400 (or <paramref name="status"/> when given).</summary>
    protected PageResult Show(ActionError error, int? status = null)
    {
        Error = RefusedChange.Show(this, error, Ui);
        Response.StatusCode = status ?? Response.StatusCode;
        return Page();
    }
}
