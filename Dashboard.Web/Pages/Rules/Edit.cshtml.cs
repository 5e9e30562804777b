using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// Editing a draft's JSON in a plain textarea: validate (every error with its JSON path), save (a broken draft is
/// saved and says it cannot be published; audited with the hashes before and after), run the golden cases.
/// </summary>
public sealed class EditModel(RuleVersionService versions, DraftTextEditor editor, Ui ui) : RuleVersionPage(versions, ui)
{
    /// <summary>The text being edited; an emptied textarea binds as null, which is kept as "" (validation says "empty").</summary>
    [BindProperty]
    public string JsonText { get; set => field = value ?? ""; } = "";

    /// <summary>The errors, notice and golden cases for the text shown.</summary>
    public DraftTextEditor.Shown Edited { get; private set; } = DraftTextEditor.Shown.Empty;

    public async Task<IActionResult> OnGetAsync(int version, CancellationToken ct) =>
        await LoadAsync(version, draftsOnly: true, ct) ?? Show(DraftTextEditor.Open(Item!));

    public async Task<IActionResult> OnPostValidateAsync(int version, CancellationToken ct) =>
        await LoadAsync(version, draftsOnly: true, ct) ?? Show(editor.Validate(JsonText));

    public async Task<IActionResult> OnPostCasesAsync(int version, CancellationToken ct) =>
        await LoadAsync(version, draftsOnly: true, ct) ?? Show(editor.RunCases(JsonText));

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, draftsOnly: true, ct) is { } refusal)
        {
            return refusal;
        }

        if (await editor.SaveAsync(User.UserName(), Item!, JsonText, ct) is not { } saved)
        {
            return RedirectToPage("/Rules/Version", new { version });
        }

        Item = saved.Stored;
        return Show(saved.Shown);
    }

    private PageResult Show(DraftTextEditor.Shown shown)
    {
        // After a save the stored text (with its version written in) replaces what was posted.
        ModelState.Clear();
        (JsonText, Edited) = (shown.JsonText, shown);
        return Page();
    }
}
