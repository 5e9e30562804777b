using DashboardKpi.Dashboard.Web.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Actions;

/// <summary>The city list of actions, filterable by status, unit and criterion, and its xlsx export for the meeting.</summary>
public sealed class IndexModel(ActionListing listing) : PageModel
{
    public IReadOnlyList<ActionQueries.Row> Rows { get; private set; } = [];

    public ActionQueries.Counts? Counts { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Criterion { get; set; }

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }

        Counts = await listing.CountAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) => await LoadAsync(ct) ?? await listing.ExportAsync(Rows);

    /// <summary>Null when the rows are listed; else the answer (the page with the bad filter named, or 403).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (result, refusal) = await listing.ListAsync(User, new ActionListing.Filter(Status, Unit, Criterion), ct);
        (Status, Unit, Criterion, Rows, BadInput) = (result.Filter.Status, result.Filter.Unit, result.Filter.Criterion, result.Rows, result.BadInput);
        Response.StatusCode = BadInput is null ? Response.StatusCode : StatusCodes.Status400BadRequest;
        return refusal is not null ? Forbid() : BadInput is not null ? Page() : null;
    }
}
