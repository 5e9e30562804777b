using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Disputes;

/// <summary>
/// A chair disputes one criterion of its own unit for a period. The form limits are raised above the file limit so
/// that an oversized file or reason reaches the checks and is refused in words, not by the form reader.
/// </summary>
[RequestFormLimits(ValueLengthLimit = 16 * 1024 * 1024, MultipartBodyLengthLimit = 16 * 1024 * 1024)]
public sealed class NewModel(NewDisputeForm form, Ui ui) : CriterionChangePage(ui)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? CorrectedValue { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public async Task<IActionResult> OnGetAsync() => Answer(await form.CheckAsync(User, Code)) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (dispute, refusal) = await form.FileAsync(User, Code, Criterion, Period, Reason, CorrectedValue, Attachment, ct);
        return dispute is not null ? Redirect("/Disputes/Details/" + dispute.Id) : Answer(refusal)!;
    }
}
