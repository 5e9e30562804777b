using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Disputes;

/// <summary>One dispute, its file and history; stewards, analysts and admins decide it once.</summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class DetailsModel(DisputeDetailsService details, Ui ui) : ChangePage(ui)
{
    private DisputeDetailsService.View? _view;

    public Dispute? Dispute => _view?.Dispute;

    public IReadOnlyList<AuditEntry> History => _view?.History ?? [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? CorrectedValue { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetFileAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct)
        ?? (await details.FindFileAsync(id, ct) is { } bytes ? File(bytes, "application/octet-stream", Dispute!.FileName ?? "attachment") : NotFound());

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) => DecideAsync(id, accept: true, ct);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) => DecideAsync(id, accept: false, ct);

    private async Task<IActionResult> DecideAsync(long id, bool accept, CancellationToken ct) =>
        await LoadAsync(id, ct)
        ?? Answer(await details.DecideAsync(User, id, new DisputeDecision(accept, Reason, CorrectedValue), ct))
        ?? Redirect("/Disputes/Details/" + id);

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        (_view, var refusal) = await details.LoadAsync(User, id, ct);
        return Answer(refusal);
    }
}
