using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Actions;

/// <summary>
/// A new action on a criterion that is not green, prefilled from the path to green. Chairs (own unit), analysts and
/// admins. The form limit is raised so that an oversized field reaches the checks and is refused in words.
/// </summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class NewModel(ActionService service, Ui ui) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Criterion { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? DueOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public RatingSnapshot? Snapshot { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.MayCreateAction(Code))
        {
            return Forbid();
        }

        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }

        if (Criterion is not null && Snapshot is not null)
        {
            Text ??= ActionService.SuggestedText(Snapshot, Criterion, ui.Language);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.MayCreateAction(Code))
        {
            return Forbid();
        }

        var result = await service.CreateAsync(new NewActionInput(Code, Criterion, Period, Text, Owner, DueOn, Note), User.UserName(), ct);
        if (result.Value is { } action)
        {
            return Redirect("/Actions/Details/" + action.Id);
        }

        Error = ActionMessages.Text(result.Error!, ui);
        Response.StatusCode = result.Error!.IsNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var (snapshot, error) = await service.RatedAsync(Code, Period, ct);
        Snapshot = snapshot;
        Period = snapshot?.Period ?? Period;
        if (error is not null && Error is null)
        {
            Error = ActionMessages.Text(error, ui);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return null;
    }

    /// <summary>Criteria an action can be made for: rated, not green, in force.</summary>
    public IEnumerable<RatingSnapshotCriterion> Choices =>
        Snapshot?.Criteria.Where(c => c.Rating is not RatingColour.Green and not RatingColour.NotInForce) ?? [];
}
