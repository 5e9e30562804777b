using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Actions;

/// <summary>One action with its history; "done, waiting for data" for the people who may change it, cancel for analysts.</summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class DetailsModel(ActionRepository actions, ActionService service, ActionQueries queries, AuditLogRepository audit, Ui ui) : PageModel
{
    public CommuneAction? Action { get; private set; }

    public string Shown { get; private set; } = "";

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostDoneAsync(long id, CancellationToken ct) => ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.WaitingForData, null), ct);

    public Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct) => ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Open, null), ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) => ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Cancelled, Reason), ct);

    private async Task<IActionResult> ChangeAsync(long id, ActionChange change, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        if (!User.MayChangeAction(Action!.CommuneCode) || (change.Status == ActionStatus.Cancelled && !User.MayCancelAction()))
        {
            return Forbid();
        }

        var result = await service.ChangeAsync(id, change, User.UserName(), User.MayCancelAction(), ct);
        if (result.Value is not null)
        {
            return Redirect("/Actions/Details/" + id);
        }

        Error = RefusedChange.Show(this, result.Error!, ui);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        Action = await actions.FindAsync(id, ct);
        if (Action is null)
        {
            return NotFound();
        }

        if (!User.MaySee(Action.CommuneCode))
        {
            return Forbid();
        }

        Shown = ActionStatus.Shown(Action, queries.Today);
        History = await audit.ListForSubjectAsync(ActionRepository.Subject(id), 50, ct);
        return null;
    }
}
