using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Actions;

/// <summary>
/// A new action on a criterion that is not green, prefilled from the path to green. Chairs (own unit), analysts and
/// admins. The form limit is raised so that an oversized field reaches the checks and is refused in words.
/// </summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024)]
public sealed class NewModel(NewActionForm form, Ui ui) : CriterionChangePage(ui)
{
    /// <summary>The posted fields (form names text, owner, dueOn, note: bound without a prefix).</summary>
    [BindProperty]
    public NewActionFields Fields { get; set; } = new();

    public IEnumerable<RatingSnapshotCriterion> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => Answer(await form.CheckAsync(User, Code)) ?? await ShowAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (action, refusal) = await form.CreateAsync(User, Fields.Input(Code, Criterion, Period), ct);
        return action is not null ? Redirect("/Actions/Details/" + action.Id)
            : refusal!.Error is { } error ? await ShowAsync(error, ct)
            : Answer(refusal)!;
    }

    /// <summary>The form for the unit's rating; after a refused create, with the posted text and the reason.</summary>
    private async Task<IActionResult> ShowAsync(ActionError? refused, CancellationToken ct)
    {
        var prefill = await form.PrefillAsync(Code, refused is null ? Criterion : null, Period, Fields.Text, ct);
        (Choices, Period, Fields.Text) = (prefill.Choices, prefill.Period, prefill.Text);

        // A unit or period without a rating is bad input to the form, whatever the service calls it.
        return refused is not null ? Show(refused) : prefill.Error is { } error ? Show(error, StatusCodes.Status400BadRequest) : Page();
    }
}
