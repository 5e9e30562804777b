using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// Editing a draft's JSON in a plain textarea: validate (every error with its JSON path), save (a broken draft is
/// saved and says it cannot be published; audited with the hashes before and after), run the golden cases.
/// </summary>
public sealed class EditModel(RuleVersionService versions, RuleAuditLog audit, Ui ui) : PageModel
{
    private string _jsonText = "";

    /// <summary>The text being edited; an emptied textarea binds as null, which is kept as "" (validation says "empty").</summary>
    [BindProperty]
    public string JsonText { get => _jsonText; set => _jsonText = value ?? ""; }

    public RuleSetVersion? Item { get; private set; }

    public IReadOnlyList<RuleSetError> Errors { get; private set; } = [];

    public IReadOnlyList<GoldenCaseResult>? Cases { get; private set; }

    public string? Message { get; private set; }

    public bool MessageIsWarning { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        JsonText = Item!.JsonText;
        Errors = RuleVersionService.Validate(JsonText).Errors;
        return Page();
    }

    public async Task<IActionResult> OnPostValidateAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        Errors = RuleVersionService.Validate(JsonText).Errors;
        (Message, MessageIsWarning) = Errors.Count == 0 ? (ui["Rules.ValidOk"], false) : (ui["Rules.NotSavedYet"], true);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        var before = Item!.Sha256;
        var (saved, errors) = await versions.SaveDraftAsync(version, JsonText, ct);
        if (!saved)
        {
            // Published by someone else between loading and saving: a published version never changes.
            return RedirectToPage("/Rules/Version", new { version });
        }

        Item = await versions.FindAsync(version, ct);
        await audit.DraftSavedAsync(User.UserName(), version, before, Item!.Sha256, errors.Count, ct);
        JsonText = Item.JsonText;
        Errors = errors;
        (Message, MessageIsWarning) = errors.Count == 0 ? (ui["Rules.SavedOk"], false) : (ui.Format("Rules.SavedBroken", errors.Count), true);
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCasesAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        var read = RuleVersionService.Validate(JsonText);
        Errors = read.Errors;
        Cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : null;
        if (Cases is null)
        {
            (Message, MessageIsWarning) = (ui["Rules.CasesNeedValid"], true);
        }

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

        // Only drafts are edited; a published or retired version is shown read-only.
        return Item.Status == RuleSetStatus.Draft ? null : RedirectToPage("/Rules/Version", new { version });
    }
}
