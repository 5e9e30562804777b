using System.Diagnostics;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Dashboard.Web.RuleVersions.Form;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// The form editor of a draft with a live what-if beside it. Every post writes the form into the working copy of
/// the draft's JSON (keeping every field the form does not show); nothing is stored until Save, which asks for a
/// change note per changed criterion and writes it into the file's "changes" block. Works without JavaScript;
/// rule-form.js posts the form to the WhatIf handler as the analyst types and redraws the what-if from its JSON.
/// The session (working copy, messages, notes, what-if) is <see cref="DraftFormSession"/>.
/// </summary>
[RequestFormLimits(ValueCountLimit = 20_000)]
public sealed class FormModel(RuleVersionService versions, DraftSaver saver, DraftFormSession.Factory sessions, Ui ui) : RuleVersionPage(versions, ui)
{
    /// <summary>A handler's answer "show the form again".</summary>
    private static readonly Task<IActionResult?> Shown = Task.FromResult<IActionResult?>(null);

    public DraftFormSession? Session { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, string[]? periods, string? open, bool saved, CancellationToken ct) =>
        await LoadAsync(version, draftsOnly: true, ct) ?? await (Session = sessions.Stored(Item!, open, saved)).FinishAsync(this, periods, ct);

    /// <summary>Without JavaScript: the errors beside their fields and the what-if for the form as it is, nothing stored.</summary>
    public Task<IActionResult> OnPostValidateAsync(int version, CancellationToken ct) => PostedAsync(version, s => { s.Check(); return Shown; }, ct);

    /// <summary>The live what-if as JSON: rule-form.js posts the whole form (with its antiforgery token) as values change.</summary>
    public async Task<IActionResult> OnPostWhatIfAsync(int version, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var answer = await PostedAsync(version, s => s.WhatIfAnswerAsync(this, watch, ct), ct);
        return answer is PageResult ? NotFound() : answer; // only a refusal is a page: no such draft, for the script
    }

    public Task<IActionResult> OnPostAddOverrideAsync(int version, string? criterion, CancellationToken ct) => PostedAsync(version, s => { s.AddOverride(criterion); return Shown; }, ct);

    public Task<IActionResult> OnPostRemoveOverrideAsync(int version, string? remove, CancellationToken ct) => PostedAsync(version, s => { s.RemoveOverride(remove); return Shown; }, ct);

    /// <summary>The JSON the form would save, shown read-only under the form (power users check what Save will write).</summary>
    public Task<IActionResult> OnPostJsonAsync(int version, CancellationToken ct) => PostedAsync(version, s => { s.ShowJson(); return Shown; }, ct);

    /// <summary>Stores the draft when nothing stands in the way (a conflict, errors, missing change notes, no change); else says why.</summary>
    public Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct) => PostedAsync(version, async s =>
        s.ReadyToSave() is not { } json ? null
        : await saver.SaveAsync(User.UserName(), Item!, json, ct) is null ? RedirectToPage("/Rules/Version", new { version }) : (IActionResult)Redirect(s.SavedLink(version)), ct);

    /// <summary>Applies the posted form to the draft, lets the handler act, and shows the form again unless it answered otherwise.</summary>
    private async Task<IActionResult> PostedAsync(int version, Func<DraftFormSession, Task<IActionResult?>> act, CancellationToken ct) =>
        await LoadAsync(version, draftsOnly: true, ct)
            ?? await act(Session = await sessions.PostedAsync(Item!, Request, ct)) ?? await Session.FinishAsync(this, Session.PostedPeriods, ct);
}
