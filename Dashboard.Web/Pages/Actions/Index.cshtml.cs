using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Actions;

/// <summary>The city list of actions, filterable by status, unit and criterion, and its xlsx export for the meeting.</summary>
public sealed class IndexModel(ActionQueries queries, Ui ui) : PageModel
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

        Counts = await queries.CountAsync(User.BoundCommune(), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }

        return await XlsxFile.CreateAsync($"viec-can-lam-{queries.Today:yyyy-MM-dd}.xlsx", stream =>
        {
            ActionQueries.Export(Rows, ui, stream);
            return Task.CompletedTask;
        });
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Status = string.IsNullOrEmpty(Status) ? null : Status;
        Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        Criterion = string.IsNullOrWhiteSpace(Criterion) ? null : Criterion.Trim();
        if (Status is not null && !ActionStatus.Filters.Contains(Status))
        {
            BadInput = ui.Format("Actions.Error.filter", Status.Length > 40 ? Status[..40] : Status);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (User.BoundCommune() is { } bound)
        {
            if (Unit is not null && Unit != bound)
            {
                return Forbid();
            }

            Unit = bound;
        }

        Rows = await queries.ListAsync(Status, Unit, Criterion, ct);
        return null;
    }
}
