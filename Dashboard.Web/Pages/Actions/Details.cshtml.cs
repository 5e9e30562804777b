using System.Globalization;
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

/// <summary>One action with its history; edit, "done, waiting for data" for the people who may change it, cancel for analysts.</summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class DetailsModel(ActionRepository actions, ActionService service, ActionQueries queries, AuditLogRepository audit, Ui ui) : PageModel
{
    public CommuneAction? Action { get; private set; }

    public string Shown { get; private set; } = "";

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty(Name = "text")]
    public string? EditText { get; set; }

    [BindProperty(Name = "owner")]
    public string? EditOwner { get; set; }

    [BindProperty(Name = "dueOn")]
    public string? EditDueOn { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostDoneAsync(long id, CancellationToken ct) => ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.WaitingForData, null), ct);

    public Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct) => ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Open, null), ct);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken ct) => ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Cancelled, Reason), ct);

    /// <summary>
    /// The edit form: owner, due date and text of an open action. All three are required here (an emptied field is a
    /// mistake, not "leave as it was"); an unchanged due date is not re-checked, so an overdue action can get a new owner.
    /// </summary>
    public async Task<IActionResult> OnPostEditAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var missing = InputRules.Check("text", EditText, InputRules.TextMax, required: true)
            ?? InputRules.Check("owner", EditOwner, InputRules.OwnerMax, required: true)
            ?? (InputRules.Clean(EditDueOn) is null ? ActionError.Of("due.missing") : null);
        if (missing is not null && User.MayChangeAction(Action!.CommuneCode))
        {
            return Refused(missing);
        }

        var due = string.Equals(InputRules.Clean(EditDueOn), Action!.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal) ? null : EditDueOn;
        return await ChangeAsync(id, new ActionChange(EditText, EditOwner, due, null, null, null), ct);
    }

    private async Task<IActionResult> ChangeAsync(long id, ActionChange change, CancellationToken ct)
    {
        if (Action is null && await LoadAsync(id, ct) is { } refusal)
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

        return Refused(result.Error!);
    }

    private PageResult Refused(ActionError error)
    {
        Error = RefusedChange.Show(this, error, ui);
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
