using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>The ingest ledger, newest first: every upload, drop-folder file, API pull and manual entry.</summary>
public sealed class HistoryModel(IngestRunRepository runs) : PageModel
{
    public const int Take = 200;

    public IReadOnlyList<IngestRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Runs = await runs.ListRecentAsync(Take, ct);
}
