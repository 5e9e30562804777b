using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>The rows an import refused, with the reason and the raw content, to fix and upload again.</summary>
public sealed class RejectedModel(RejectedRowsQueries rejected) : PageModel
{
    public IReadOnlyList<IngestRun> RunsWithRejections { get; private set; } = [];

    /// <summary>The chosen run's page of rows; null while no run is chosen.</summary>
    public RejectedRowsQueries.RowsPage? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? run, int page, CancellationToken ct)
    {
        if (run is not { } id)
        {
            RunsWithRejections = await rejected.ListRunsWithRejectionsAsync(ct);
            return Page();
        }

        Shown = await rejected.PageAsync(id, page, ct);
        return Shown is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(long run, CancellationToken ct) =>
        await rejected.DownloadAsync(run, ct) is { } file ? file : NotFound();
}
