using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// The rule-set versions (status, effective-from, author, dates, hash), starting a draft from the version in force
/// or from an uploaded file, the recent rule-set audit entries, and the criteria of the version in force; above them,
/// a notice for a rule set that came with a software update as a draft (review, simulate, publish).
/// </summary>
[RequestSizeLimit(RuleVersionList.MaxUploadBytes + 64_000)]
public sealed class IndexModel(RuleVersionList list) : PageModel
{
    public RuleVersionList.Overview Overview { get; private set; } = RuleVersionList.Overview.Empty;

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Overview = await list.GetAsync(ct);

    public async Task<IActionResult> OnPostNewDraftAsync(CancellationToken ct) =>
        await ShowAsync(await list.StartFromPublishedAsync(User.UserName(), ct), StatusCodes.Status200OK, ct);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct) =>
        await ShowAsync(await list.StartFromUploadAsync(file, User.UserName(), ct), StatusCodes.Status400BadRequest, ct);

    /// <summary>The new draft's edit page; or this page with the reason, under <paramref name="refusedStatus"/>.</summary>
    private async Task<IActionResult> ShowAsync((RuleSetVersion? Draft, string? Error) started, int refusedStatus, CancellationToken ct)
    {
        if (started.Draft is { } draft)
        {
            return RedirectToPage("/Rules/Edit", new { version = draft.Version });
        }

        (Error, Response.StatusCode) = (started.Error, refusedStatus);
        await OnGetAsync(ct);
        return Page();
    }
}
