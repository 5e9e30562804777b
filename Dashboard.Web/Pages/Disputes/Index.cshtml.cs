using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Disputes;

/// <summary>Disputes, newest first (a chair: its own unit's), filterable by status.</summary>
public sealed class IndexModel(DisputeRepository disputes) : PageModel
{
    public IReadOnlyList<Dispute> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = Status is not null && DisputeStatus.All.Contains(Status) ? Status : null;
        Rows = await disputes.ListAsync(User.BoundCommune(), Status, ct);
    }
}
