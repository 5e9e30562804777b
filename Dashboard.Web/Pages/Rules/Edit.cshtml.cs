using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// Editing a draft's JSON in a plain textarea: validate (every error with its JSON path), save (a broken draft is
/// saved and says it cannot be published; audited with the hashes before and after), run the golden cases.
/// </summary>
public sealed class EditModel(RuleVersionService versions, DraftSaver saver, Ui ui) : RuleVersionPage(versions, ui)
{
    /// <summary>The text being edited; an emptied textarea binds as null, which is kept as "" (validation says "empty").</summary>
    [BindProperty]
    public string JsonText { get; set => field = value ?? ""; } = "";

    public IReadOnlyList<RuleSetError> Errors { get; private set; } = [];

    public IReadOnlyList<GoldenCaseResult>? Cases { get; private set; }

    public Notice? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken ct) =>
        await LoadAsync(version, draftsOnly: true, ct) ?? Shown(Item!.JsonText, RuleVersionService.Validate(Item.JsonText).Errors, null);

    public async Task<IActionResult> OnPostValidateAsync(int version, CancellationToken ct)
    {
        var errors = RuleVersionService.Validate(JsonText).Errors;
        return await LoadAsync(version, draftsOnly: true, ct)
            ?? Shown(JsonText, errors, errors.Count == 0 ? Notice.Ok(Ui["Rules.ValidOk"]) : Notice.Warning(Ui["Rules.NotSavedYet"]));
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, draftsOnly: true, ct) is { } refusal)
        {
            return refusal;
        }

        if (await saver.SaveAsync(User.UserName(), Item!, JsonText, ct) is not (var stored, var errors))
        {
            return RedirectToPage("/Rules/Version", new { version });
        }

        Item = stored;
        return Shown(stored.JsonText, errors, errors.Count == 0 ? Notice.Ok(Ui["Rules.SavedOk"]) : Notice.Warning(Ui.Format("Rules.SavedBroken", errors.Count)));
    }

    public async Task<IActionResult> OnPostCasesAsync(int version, CancellationToken ct)
    {
        var read = RuleVersionService.Validate(JsonText);
        Cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : null;
        return await LoadAsync(version, draftsOnly: true, ct) ?? Shown(JsonText, read.Errors, Cases is null ? Notice.Warning(Ui["Rules.CasesNeedValid"]) : null);
    }

    private PageResult Shown(string jsonText, IReadOnlyList<RuleSetError> errors, Notice? notice)
    {
        // After a save the stored text (with its version written in) replaces what was posted.
        ModelState.Clear();
        (JsonText, Errors, Notice) = (jsonText, errors, notice);
        return Page();
    }
}
