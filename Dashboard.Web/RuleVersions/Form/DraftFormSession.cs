using System.Diagnostics;
using System.Globalization;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// One request of the form editor: the working copy of the draft (stored, or as posted over it), the messages
/// beside its fields, the change notes Save asks for, which criterion blocks are open, and the what-if beside it.
/// </summary>
public sealed class DraftFormSession
{
    private readonly Factory _services;
    private readonly Func<string, IReadOnlyList<string>?> _posted;

    private DraftFormSession(Factory services, RuleSetVersion item, DraftFormState? state, string baseSha256, Func<string, IReadOnlyList<string>?> posted)
    {
        (_services, Item, State, BaseSha256, _posted) = (services, item, state, baseSha256, posted);
    }

    /// <summary>Makes sessions: the services they read from are singletons, a session lives for one request.</summary>
    public sealed class Factory(WhatIfQueries whatIf, RulesInForce inForce, Ui ui)
    {
        internal WhatIfQueries WhatIf => whatIf;

        internal Ui Ui => ui;

        /// <summary>The draft as stored (a GET), with <paramref name="open"/> (?open=C7) open and, after a save, its notice.</summary>
        public DraftFormSession Stored(RuleSetVersion item, string? open, bool saved)
        {
            ArgumentNullException.ThrowIfNull(item);
            var session = new DraftFormSession(this, item, DraftFormState.Load(item.JsonText), item.Sha256, _ => null);
            if (open is not null)
            {
                session.Open.Add(open);
            }

            session.Notice = saved ? Notice.Ok(ui["FormEdit.Saved"]) : null;
            return session;
        }

        /// <summary>The form as posted over the draft's working copy, with the change notes compared against the stored draft.</summary>
        public async Task<DraftFormSession> PostedAsync(RuleSetVersion item, HttpRequest request, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(item);
            ArgumentNullException.ThrowIfNull(request);
            var form = request.HasFormContentType ? request.Form : null;
            IReadOnlyList<string>? Posted(string key) => form is not null && form.TryGetValue(key, out var values) ? [.. values.Select(v => v ?? "")] : null;
            var working = form?["WorkingJson"].ToString();
            var state = DraftFormState.Apply(item.JsonText, string.IsNullOrEmpty(working) ? null : working, Posted);
            var session = new DraftFormSession(this, item, state, form?["BaseSha256"].ToString() is { Length: > 0 } sha ? sha : item.Sha256, Posted);
            if (state is { WorkingRejected: true })
            {
                session.Notice = Notice.Warning(ui["FormEdit.WorkingRejected"]);
            }

            if (state is not null && DraftJson.Parse(item.JsonText) is { } stored)
            {
                session.ChangeNotes.Compare(stored, state.Root, item.Version, (await inForce.FindAsync(ct))?.Version.Version);
                foreach (var code in session.ChangeNotes.Changed)
                {
                    session.Open.Add(code);
                }

                session.ChangeNotes.Read(state.Root, Posted);
            }

            return session;
        }
    }

    public RuleSetVersion Item { get; }

    public DraftFormState? State { get; private set; }

    public string BaseSha256 { get; }

    public DraftFormMessages Messages { get; } = new();

    public DraftFormNotes ChangeNotes { get; } = new();

    /// <summary>The criterion blocks shown open (errors, changes, or asked for with ?open=C7).</summary>
    public HashSet<string> Open { get; } = new(StringComparer.Ordinal);

    public Notice? Notice { get; private set; }

    public string? JsonPreview { get; private set; }

    public IReadOnlyList<Scoring.Engine.Model.Period> Available { get; private set; } = [];

    public IReadOnlyList<Scoring.Engine.Model.Period> Chosen { get; private set; } = [];

    public FormWhatIf? WhatIf { get; private set; }

    /// <summary>The map of the newest chosen period's changes, drawn with the page; rule-form.js recolours it.</summary>
    public WhatIfQueries.ChangeMap? ChangeMap { get; private set; }

    /// <summary>The periods the what-if was asked for (the form's check boxes).</summary>
    public IReadOnlyList<string>? PostedPeriods => _posted("periods");

    public string BadPeriods => _services.Ui.Format("Simulate.BadPeriods", string.Join(", ", PostedPeriods ?? []), WhatIfQueries.MaxPeriods);

    public string NoteLabel(string code) => DraftFormNotes.Label(code, _services.Ui);

    public void Check() =>
        Notice = Place() == 0 ? Notice.Ok(_services.Ui["FormEdit.CheckedOk"]) : Notice.Warning(_services.Ui["FormEdit.NotSaved"]);

    public void ShowJson() => JsonPreview = State!.Json;

    /// <summary>Adds an override to criterion block "index" (the button's value).</summary>
    public void AddOverride(string? criterion)
    {
        if (int.TryParse(criterion, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && State!.Layout.Criteria.FirstOrDefault(c => c.Index == index) is { } section)
        {
            DraftOverrides.Add(State.Root, index);
            Changed(section.Code, "FormEdit.OverrideAdded");
        }
    }

    /// <summary>Removes override "criterion:item" (the button's value).</summary>
    public void RemoveOverride(string? remove)
    {
        var parts = (remove ?? "").Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            && State!.Layout.Criteria.FirstOrDefault(c => c.Index == index) is { } section
            && DraftOverrides.Remove(State.Root, index, item))
        {
            Changed(section.Code, "FormEdit.OverrideRemoved");
        }
    }

    /// <summary>The JSON to store, with the change notes written in; null (and the reason as the notice) when Save must refuse.</summary>
    public string? ReadyToSave()
    {
        var ui = _services.Ui;
        Notice = BaseSha256 != Item.Sha256 ? Notice.Warning(ui["FormEdit.Conflict"])
            : Place() > 0 ? Notice.Warning(ui.Format("FormEdit.SaveRefused", Messages.Count))
            : !ChangeNotes.Check(ui, Open) ? Notice.Warning(ui.Format("FormEdit.NotesNeeded", string.Join(", ", ChangeNotes.Errors.Keys.Select(NoteLabel))))
            : ChangeNotes.Changed.Count == 0 ? Notice.Ok(ui["FormEdit.NothingChanged"])
            : null;
        if (Notice is not null || State is null)
        {
            return null;
        }

        ChangeNotes.Write(State.Root);
        return DraftJson.Write(State.Root);
    }

    /// <summary>Where a saved draft goes: the form again, saying so, with the same what-if periods.</summary>
    public string SavedLink(int version)
    {
        var query = string.Join("&", (PostedPeriods ?? []).Select(p => "periods=" + Uri.EscapeDataString(p)));
        return string.Create(CultureInfo.InvariantCulture, $"/Rules/Form/{version}?saved=true{(query.Length > 0 ? "&" + query : "")}");
    }

    /// <summary>For rule-form.js: the what-if of the posted form as JSON, or the bad choice of periods as a 400.</summary>
    public async Task<IActionResult?> WhatIfAnswerAsync(PageModel page, Stopwatch watch, CancellationToken ct)
    {
        await FinishAsync(page, PostedPeriods, ct, watch);
        return WhatIf is { } whatIf ? new JsonResult(whatIf) : new BadRequestObjectResult(new { error = BadPeriods });
    }

    /// <summary>Places the messages, reads the notes and runs the what-if for the chosen periods (a bad choice is a 400).</summary>
    public async Task<IActionResult> FinishAsync(PageModel page, IReadOnlyList<string>? periods, CancellationToken ct, Stopwatch? watch = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        watch ??= Stopwatch.StartNew();
        if (State is null)
        {
            return page.Page();
        }

        Place();
        ChangeNotes.Read(State.Root, _posted);
        var whatIf = _services.WhatIf;
        Available = await whatIf.ListRatedPeriodsAsync(ct);
        if (await whatIf.ResolvePeriodsAsync(periods, _ => { }, ct) is not { } chosen)
        {
            Chosen = await whatIf.DefaultPeriodsAsync(ct);
            Notice = Notice.Warning(_services.Ui.Format("Simulate.BadPeriods", string.Join(", ", periods ?? []), WhatIfQueries.MaxPeriods));
            page.Response.StatusCode = StatusCodes.Status400BadRequest;
            return page.Page();
        }

        Chosen = chosen;
        var simulation = State.Read.RuleSet is { } candidate && Chosen.Count > 0 ? await whatIf.RunAsync(candidate, Chosen, ct) : null;
        ChangeMap = simulation is { Periods: [.., var newest] } ? await whatIf.ChangeMapAsync(simulation, newest.Period, _services.Ui, ct) : null;
        WhatIf = FormWhatIf.Of(Messages.ForWhatIf(State), simulation, ChangeMap, ChangeNotes.Changed, watch.ElapsedMilliseconds, _services.Ui);
        return page.Page();
    }

    private int Place() => State is null ? Messages.Count : Messages.Place(State, _services.Ui, Open);

    private void Changed(string code, string noticeKey)
    {
        State = State!.Rebuilt();
        Open.Add(code);
        Notice = Notice.Ok(_services.Ui.Format(noticeKey, code));
    }
}
