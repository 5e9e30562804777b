using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// Admins only (the folder lets analysts in too): what publishing would do (<see cref="PublishPreview"/>), the explicit
/// re-publish of history when effective-from is in the past, the period to apply from (the draft's own by default),
/// then the rescoring job's progress.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PublishModel(RuleVersionService versions, RulesInForce inForce, RescoreProgress progress, Ui ui) : RuleVersionPage(versions, ui)
{
    public PublishPreview? Preview { get; private set; }

    /// <summary>The period chosen in the form (the draft's own until the admin picks another).</summary>
    public string? ChosenFrom { get; private set; }

    /// <summary>The post's outcome when it did not publish: why (a message, or the service's refusal).</summary>
    public PublishRequest.Outcome? Outcome { get; private set; }

    /// <summary>The rescoring job started by publishing, whose progress the page shows (?job=).</summary>
    [BindProperty(SupportsGet = true, Name = "job")]
    public string? JobId { get; set; }

    public RescoreProgress.Status? Job => JobId is null ? null : progress.Find(JobId);

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken ct) => await LoadAsync(version, draftsOnly: false, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int version, bool confirm, bool republishHistory, string? effectiveFrom, CancellationToken ct)
    {
        if (await LoadAsync(version, draftsOnly: false, ct) is { } missing)
        {
            return missing;
        }

        var request = new PublishRequest(confirm, republishHistory, effectiveFrom);
        ChosenFrom = request.ChosenFrom ?? ChosenFrom;
        Outcome = await request.SendAsync(Versions, version, User.UserName(), Ui, ct);
        if (Outcome.Published)
        {
            return RedirectToPage("/Rules/Publish", new { version, job = Outcome.JobId });
        }

        Response.StatusCode = Outcome.Status;
        return Page();
    }

    protected override async Task OnLoadedAsync(RuleSetVersion item, CancellationToken ct)
    {
        Preview = await PublishPreview.BuildAsync(item, Versions, inForce, Ui, ct);
        ChosenFrom = Preview.EffectiveFrom?.ToString();
    }
}
