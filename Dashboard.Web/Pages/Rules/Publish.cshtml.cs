using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// Admins only (the folder lets analysts in, so each handler checks): what publishing would do (effective-from,
/// the diff against the version in force, the cases), the explicit re-publish of history when effective-from is
/// in the past, the period to apply from (the draft's own by default), then the rescoring job's progress.
/// </summary>
public sealed class PublishModel(RuleVersionService versions, RulesInForce inForce, RescoreProgress progress, Ui ui) : PageModel
{
    public RuleSetVersion? Item { get; private set; }

    public RuleSetVersion? InForce { get; private set; }

    public IReadOnlyList<DiffView.Group>? Diff { get; private set; }

    public DiffView.Notes? Notes { get; private set; }

    public IReadOnlyList<RuleSetError> Errors { get; private set; } = [];

    public IReadOnlyList<GoldenCaseResult> Cases { get; private set; } = [];

    public Period CurrentMonth { get; private set; }

    /// <summary>The draft's own effective-from (its text's): the default, and the earliest period it may apply from.</summary>
    public Period? EffectiveFrom { get; private set; }

    /// <summary>The period chosen in the form (the draft's own until the admin picks another).</summary>
    public string? ChosenFrom { get; private set; }

    public bool NeedsRepublish => EffectiveFrom is { } from && from < CurrentMonth;

    public PublishResult? Refused { get; private set; }

    public string? Error { get; private set; }

    public RescoreProgress.Status? Job { get; private set; }

    public string? JobId { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, string? job, CancellationToken ct)
    {
        if (!User.IsInRole(UserRoles.Admin))
        {
            return Forbid();
        }

        if (await LoadAsync(version, ct) is { } missing)
        {
            return missing;
        }

        if (job is not null)
        {
            JobId = job;
            Job = progress.Find(job);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int version, bool confirm, bool republishHistory, string? effectiveFrom, CancellationToken ct)
    {
        if (!User.IsInRole(UserRoles.Admin))
        {
            return Forbid();
        }

        if (await LoadAsync(version, ct) is { } missing)
        {
            return missing;
        }

        Period? from = null;
        if (!string.IsNullOrWhiteSpace(effectiveFrom))
        {
            ChosenFrom = effectiveFrom.Trim();
            if (!Period.TryParse(ChosenFrom, out var parsed))
            {
                Error = ui.Format("Publish.BadFrom", ChosenFrom);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            from = parsed;
        }

        if (!confirm)
        {
            Error = ui["Publish.ConfirmMissing"];
            return Page();
        }

        var result = await versions.PublishAsync(version, User.UserName(), republishHistory, from, ct);
        if (result.Published)
        {
            return RedirectToPage("/Rules/Publish", new { version, job = result.RescoreJobId });
        }

        Refused = result;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int version, CancellationToken ct)
    {
        Item = await versions.FindAsync(version, ct);
        if (Item is null)
        {
            NotFoundMessage = ui.Format("Rules.NotFound", version);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        CurrentMonth = inForce.CurrentMonth;
        var current = await inForce.FindAsync(ct);
        InForce = current?.Version;
        var read = RuleVersionService.Validate(Item.JsonText);
        // What publishing needs beyond validity (a reference or rationale for every number), shown as errors are.
        Errors = read.RuleSet is { } valid ? PublishRequirements.Check(valid) : read.Errors;
        EffectiveFrom = read.RuleSet?.EffectiveFrom ?? (Period.TryParse(Item.EffectiveFrom, out var p) ? p : null);
        ChosenFrom = EffectiveFrom?.ToString();
        Cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : [];
        if (InForce is not null && InForce.Version != Item.Version && versions.Diff(InForce, Item) is { } changes)
        {
            Diff = DiffView.Build(changes, current?.Rules, read.RuleSet, ui);
            Notes = DiffView.NotesOf(read.RuleSet, current?.Rules, Diff, ui);
        }

        return null;
    }
}
