using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Actions;

/// <summary>One action with its history; edit, "done, waiting for data" for the people who may change it, cancel for analysts.</summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class DetailsModel(ActionDetailsService details, Ui ui) : ChangePage(ui)
{
    private ActionDetailsService.View? _view;

    public CommuneAction? Action => _view?.Action;

    public string Shown => _view?.Shown ?? "";

    public IReadOnlyList<AuditEntry> History => _view?.History ?? [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty(Name = "text")]
    public string? EditText { get; set; }

    [BindProperty(Name = "owner")]
    public string? EditOwner { get; set; }

    [BindProperty(Name = "dueOn")]
    public string? EditDueOn { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostDoneAsync(long id, CancellationToken ct) => ChangeAsync(id, _ => ActionDetailsService.ToStatus(ActionStatus.WaitingForData), ct);

    public Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct) => ChangeAsync(id, _ => ActionDetailsService.ToStatus(ActionStatus.Open), ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) => ChangeAsync(id, _ => ActionDetailsService.ToStatus(ActionStatus.Cancelled, Reason), ct);

    public Task<IActionResult> OnPostEditAsync(long id, CancellationToken ct) => ChangeAsync(id, action => ActionDetailsService.Edit(action, EditText, EditOwner, EditDueOn), ct);

    private async Task<IActionResult> ChangeAsync(long id, Func<CommuneAction, Checked<ActionChange>> change, CancellationToken ct) =>
        await LoadAsync(id, ct)
        ?? Answer(await details.ChangeAsync(User, _view!.Action, change(_view.Action), ct))
        ?? Redirect("/Actions/Details/" + id);

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        (_view, var refusal) = await details.LoadAsync(User, id, ct);
        return Answer(refusal);
    }
}
