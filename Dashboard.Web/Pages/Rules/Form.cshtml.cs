using System.Diagnostics;
using System.Globalization;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Dashboard.Web.RuleVersions.Form;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// The form editor of a draft with a live what-if beside it. Every post writes the form into the working copy of
/// the draft's JSON (keeping every field the form does not show); nothing is stored until Save, which asks for a
/// change note per changed criterion and writes it into the file's "changes" block. Works without JavaScript;
/// rule-form.js posts the form to the WhatIf handler as the analyst types and redraws the what-if from its JSON.
/// </summary>
[RequestFormLimits(ValueCountLimit = 20_000)]
public sealed class FormModel(RuleVersionService versions, RuleAuditLog audit, WhatIfQueries whatIf, RulesInForce inForce, Ui ui) : PageModel
{
    public RuleSetVersion? Item { get; private set; }

    public DraftFormState? State { get; private set; }

    public string? NotFoundMessage { get; private set; }

    public string BaseSha256 { get; private set; } = "";

    public IReadOnlyList<string> Available { get; private set; } = [];

    public IReadOnlyList<string> Chosen { get; private set; } = [];

    public FormWhatIf? WhatIf { get; private set; }

    /// <summary>Messages per field key, per criterion index, and those that belong to no field.</summary>
    public Dictionary<string, List<string>> FieldMessages { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, List<string>> SectionMessages { get; } = [];

    public List<(string Path, string Text)> OtherMessages { get; } = [];

    /// <summary>What publishing will need beyond validity (a reference, a rationale), per field key.</summary>
    public Dictionary<string, List<string>> FieldHints { get; } = new(StringComparer.Ordinal);

    /// <summary>Codes (and "overall") the edit changed against the stored draft: each needs a change note to save.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>The change notes shown: posted, else the file's own.</summary>
    public Dictionary<string, (string Vi, string En)> Notes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> NoteErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>The criterion blocks shown open (errors, changes, or asked for with ?open=C7).</summary>
    public HashSet<string> Open { get; } = new(StringComparer.Ordinal);

    public string? Message { get; private set; }

    public bool MessageIsWarning { get; private set; }

    public string? JsonPreview { get; private set; }

    private int? _notesFrom;

    public int ErrorCount => FieldMessages.Values.Sum(m => m.Count) + SectionMessages.Values.Sum(m => m.Count) + OtherMessages.Count;

    public async Task<IActionResult> OnGetAsync(int version, string[]? periods, string? open, bool saved, CancellationToken ct)
    {
        if (await LoadAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        State = DraftFormState.Load(Item!.JsonText);
        BaseSha256 = Item.Sha256;
        if (open is not null)
        {
            Open.Add(open);
        }

        if (saved)
        {
            Message = ui["FormEdit.Saved"];
        }

        return await FinishAsync(periods, ct);
    }

    /// <summary>Without JavaScript: the errors beside their fields and the what-if for the form as it is, nothing stored.</summary>
    public async Task<IActionResult> OnPostValidateAsync(int version, CancellationToken ct)
    {
        if (await FromPostAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        (Message, MessageIsWarning) = ErrorCountAfterPlacing() == 0 ? (ui["FormEdit.CheckedOk"], false) : (ui["FormEdit.NotSaved"], true);
        return await FinishAsync(Posted("periods"), ct);
    }

    /// <summary>The live what-if as JSON: rule-form.js posts the whole form (with its antiforgery token) as values change.</summary>
    public async Task<IActionResult> OnPostWhatIfAsync(int version, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (await FromPostAsync(version, ct) is { } refusal)
        {
            return refusal is PageResult ? NotFound() : refusal;
        }

        await FinishAsync(Posted("periods"), ct, watch);
        if (WhatIf is null)
        {
            return BadRequest(new { error = ui.Format("Simulate.BadPeriods", string.Join(", ", Posted("periods") ?? []), WhatIfQueries.MaxPeriods) });
        }

        return new JsonResult(WhatIf);
    }

    public async Task<IActionResult> OnPostAddOverrideAsync(int version, string? criterion, CancellationToken ct)
    {
        if (await FromPostAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        if (int.TryParse(criterion, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && State!.Layout.Criteria.FirstOrDefault(c => c.Index == index) is { } section)
        {
            DraftOverrides.Add(State.Root, index);
            State = State.Rebuilt();
            Open.Add(section.Code);
            Message = ui.Format("FormEdit.OverrideAdded", section.Code);
        }

        return await FinishAsync(Posted("periods"), ct);
    }

    public async Task<IActionResult> OnPostRemoveOverrideAsync(int version, string? remove, CancellationToken ct)
    {
        if (await FromPostAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        var parts = (remove ?? "").Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            && State!.Layout.Criteria.FirstOrDefault(c => c.Index == index) is { } section
            && DraftOverrides.Remove(State.Root, index, item))
        {
            State = State.Rebuilt();
            Open.Add(section.Code);
            Message = ui.Format("FormEdit.OverrideRemoved", section.Code);
        }

        return await FinishAsync(Posted("periods"), ct);
    }

    /// <summary>The JSON the form would save, shown read-only under the form (power users check what Save will write).</summary>
    public async Task<IActionResult> OnPostJsonAsync(int version, CancellationToken ct)
    {
        if (await FromPostAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        JsonPreview = State!.Json;
        return await FinishAsync(Posted("periods"), ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int version, CancellationToken ct)
    {
        if (await FromPostAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        if (BaseSha256 != Item!.Sha256)
        {
            (Message, MessageIsWarning) = (ui["FormEdit.Conflict"], true);
            return await FinishAsync(Posted("periods"), ct);
        }

        if (ErrorCountAfterPlacing() > 0)
        {
            (Message, MessageIsWarning) = (ui.Format("FormEdit.SaveRefused", ErrorCount), true);
            return await FinishAsync(Posted("periods"), ct);
        }

        var from = _notesFrom;
        if (from is not null)
        {
            foreach (var code in Changed)
            {
                var (vi, en) = Notes.GetValueOrDefault(code, ("", ""));
                if ((NoteProblem(vi, required: true) ?? NoteProblem(en, required: false)) is { } problem)
                {
                    NoteErrors[code] = problem;
                    Open.Add(code);
                }
            }
        }

        if (NoteErrors.Count > 0)
        {
            (Message, MessageIsWarning) = (ui.Format("FormEdit.NotesNeeded", string.Join(", ", NoteErrors.Keys.Select(NoteLabel))), true);
            return await FinishAsync(Posted("periods"), ct);
        }

        if (Changed.Count == 0)
        {
            (Message, MessageIsWarning) = (ui["FormEdit.NothingChanged"], false);
            return await FinishAsync(Posted("periods"), ct);
        }

        if (from is not null && !NotesBlockIsCurrent())
        {
            State!.Root.Remove("changes");
        }

        foreach (var code in from is null ? [] : Changed)
        {
            var (vi, en) = Notes[code];
            DraftChangeNotes.Write(State!.Root, from!.Value, code, vi.Trim(), en.Trim());
        }

        var json = DraftJson.Write(State!.Root);
        var (saved, errors) = await versions.SaveDraftAsync(version, json, ct);
        if (!saved)
        {
            return RedirectToPage("/Rules/Version", new { version });
        }

        var stored = await versions.FindAsync(version, ct);
        await audit.DraftSavedAsync(User.UserName(), version, Item.Sha256, stored!.Sha256, errors.Count, ct);
        var query = string.Join("&", (Posted("periods") ?? []).Select(p => "periods=" + Uri.EscapeDataString(p)));
        return Redirect($"/Rules/Form/{version}?saved=true{(query.Length > 0 ? "&" + query : "")}");
    }

    /// <summary>The label of a change note's subject: the criterion code, or "the overall method".</summary>
    public string NoteLabel(string code) => code == DraftChangeNotes.Overall ? ui["FormEdit.OverallNote"] : code;

    private string? NoteProblem(string text, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            return ui["FormEdit.NoteRequired"];
        }

        if (text.Length > DraftFormWriter.MaxTextLength)
        {
            return ui.Format("FormEdit.Error.tooLong", "");
        }

        return text.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) ? ui.Format("FormEdit.Error.characters", "") : null;
    }

    /// <summary>
    /// The version the notes compare with: the version in force (the draft's own changes block when nothing older is in
    /// force, else the one before). A block against an older version describes an earlier step (a draft started from the
    /// version in force carries that version's notes) and is replaced, not added to.
    /// </summary>
    private async Task<int?> NotesFromAsync(CancellationToken ct)
    {
        if (await inForce.FindAsync(ct) is { } current && current.Version.Version < Item!.Version)
        {
            return current.Version.Version;
        }

        if (DraftJson.Number(DraftJson.Find(State!.Root, "changes.from")) is { } existing)
        {
            return (int)existing;
        }

        return Item!.Version > 1 ? Item.Version - 1 : null;
    }

    /// <summary>Whether the draft's changes block compares with the same version as the notes asked for now.</summary>
    private bool NotesBlockIsCurrent() =>
        _notesFrom is { } from && DraftJson.Number(DraftJson.Find(State!.Root, "changes.from")) == from;

    private async Task<IActionResult?> FromPostAsync(int version, CancellationToken ct)
    {
        if (await LoadAsync(version, ct) is { } refusal)
        {
            return refusal;
        }

        var form = Request.HasFormContentType ? Request.Form : null;
        var working = form?["WorkingJson"].ToString();
        BaseSha256 = form?["BaseSha256"].ToString() is { Length: > 0 } sha ? sha : Item!.Sha256;
        State = DraftFormState.Apply(Item!.JsonText, string.IsNullOrEmpty(working) ? null : working,
            key => form is not null && form.TryGetValue(key, out var values) ? [.. values.Select(v => v ?? "")] : null);
        if (State is { WorkingRejected: true })
        {
            (Message, MessageIsWarning) = (ui["FormEdit.WorkingRejected"], true);
        }

        if (State is not null && DraftJson.Parse(Item.JsonText) is { } stored)
        {
            _notesFrom = await NotesFromAsync(ct);
            Changed = DraftChangeNotes.Changed(stored, State.Root);
            foreach (var code in Changed)
            {
                Open.Add(code);
            }

            ReadNotes();
        }

        return null;
    }

    /// <summary>The notes for the changed criteria: as posted, else as the file has them.</summary>
    private void ReadNotes()
    {
        foreach (var code in Changed)
        {
            var existing = NotesBlockIsCurrent() ? DraftChangeNotes.Existing(State!.Root, code) : null;
            Notes[code] = (Posted($"note.{code}.vi")?.LastOrDefault() ?? existing?.Vi ?? "", Posted($"note.{code}.en")?.LastOrDefault() ?? existing?.En ?? "");
        }
    }

    private IReadOnlyList<string>? Posted(string key) =>
        Request.HasFormContentType && Request.Form.TryGetValue(key, out var values) ? [.. values.Select(v => v ?? "")] : null;

    /// <summary>Places the form's and the engine's errors beside their fields; the count of them all.</summary>
    private int ErrorCountAfterPlacing()
    {
        if (State is null || FieldMessages.Count + SectionMessages.Count + OtherMessages.Count > 0)
        {
            return ErrorCount;
        }

        foreach (var error in State.FieldErrors)
        {
            Add(FieldMessages, error.Key, ui.Format("FormEdit.Error." + error.Code, error.Value));
        }

        var (fields, sections, other) = State.Place(State.Read.Errors);
        foreach (var (key, errors) in fields)
        {
            errors.ForEach(e => Add(FieldMessages, key, Text(e)));
        }

        foreach (var (index, errors) in sections)
        {
            errors.ForEach(e => Add(SectionMessages, index, Text(e)));
        }

        OtherMessages.AddRange(other.Select(e => (e.Path, Text(e))));
        if (State.Read.RuleSet is { } rules)
        {
            var (hints, _, _) = State.Place(PublishRequirements.Check(rules));
            foreach (var (key, errors) in hints)
            {
                errors.ForEach(e => Add(FieldHints, key, Text(e)));
            }
        }

        foreach (var section in State.Layout.Criteria)
        {
            if (SectionMessages.ContainsKey(section.Index) || section.Fields.Concat(section.Overrides.SelectMany(o => o)).Any(f => FieldMessages.ContainsKey(f.Key)))
            {
                Open.Add(section.Code);
            }
        }

        return ErrorCount;
    }

    private string Text(RuleSetError error) => ui.Language == Language.En ? error.MessageEn : error.MessageVi;

    private async Task<IActionResult> FinishAsync(IReadOnlyList<string>? periods, CancellationToken ct, Stopwatch? watch = null)
    {
        watch ??= Stopwatch.StartNew();
        if (State is null)
        {
            return Page();
        }

        ErrorCountAfterPlacing();
        ReadNotes();

        Available = await whatIf.ListRatedPeriodsAsync(ct);
        var chosen = await whatIf.ResolvePeriodsAsync(periods, _ => { }, ct);
        if (chosen is null)
        {
            Chosen = await whatIf.DefaultPeriodsAsync(ct);
            (Message, MessageIsWarning) = (ui.Format("Simulate.BadPeriods", string.Join(", ", periods ?? []), WhatIfQueries.MaxPeriods), true);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Chosen = chosen;
        var simulation = State.Read.RuleSet is { } candidate && Chosen.Count > 0 ? await whatIf.RunAsync(candidate, Chosen, ct) : null;
        WhatIf = FormWhatIf.Of(Messages(), simulation, Changed, watch.ElapsedMilliseconds, ui);
        return Page();
    }

    private List<FormWhatIf.Message> Messages()
    {
        var messages = new List<FormWhatIf.Message>();
        var ids = State!.Layout.All.ToDictionary(f => f.Key, f => f.Id, StringComparer.Ordinal);
        foreach (var (key, texts) in FieldMessages)
        {
            messages.AddRange(texts.Select(t => new FormWhatIf.Message(ids.GetValueOrDefault(key, "form") + "-error", key, t)));
        }

        foreach (var (index, texts) in SectionMessages)
        {
            messages.AddRange(texts.Select(t => new FormWhatIf.Message(string.Create(CultureInfo.InvariantCulture, $"criterion-{index}-errors"), "", t)));
        }

        messages.AddRange(OtherMessages.Select(m => new FormWhatIf.Message("form-errors", m.Path, m.Text)));
        return messages;
    }

    private static void Add<TKey>(Dictionary<TKey, List<string>> map, TKey key, string text)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(text);
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

        return Item.Status == RuleSetStatus.Draft ? null : RedirectToPage("/Rules/Version", new { version });
    }
}
