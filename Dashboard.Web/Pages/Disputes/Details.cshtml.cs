using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Disputes;

/// <summary>One dispute, its file and history; stewards, analysts and admins decide it once.</summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class DetailsModel(DisputeRepository disputes, DisputeService service, AuditLogRepository audit, Ui ui) : PageModel
{
    public Dispute? Dispute { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? CorrectedValue { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetFileAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var bytes = await disputes.FindFileAsync(id, ct);
        return bytes is null ? NotFound() : File(bytes, "application/octet-stream", Dispute!.FileName ?? "attachment");
    }

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) => DecideAsync(id, accept: true, ct);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) => DecideAsync(id, accept: false, ct);

    private async Task<IActionResult> DecideAsync(long id, bool accept, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!User.MayDecideDispute())
        {
            return Forbid();
        }

        var result = await service.DecideAsync(id, new DisputeDecision(accept, Reason, CorrectedValue), User.UserName(), ct);
        if (result.Value is not null)
        {
            return Redirect("/Disputes/Details/" + id);
        }

        Error = RefusedChange.Show(this, result.Error!, ui);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        Dispute = await disputes.FindAsync(id, ct);
        if (Dispute is null)
        {
            return NotFound();
        }

        if (!User.MaySee(Dispute.CommuneCode))
        {
            return Forbid();
        }

        History = await audit.ListForSubjectAsync(DisputeRepository.Subject(id), 50, ct);
        return null;
    }
}
