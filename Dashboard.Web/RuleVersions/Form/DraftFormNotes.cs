using System.Text.Json.Nodes;
using DashboardKpi.Dashboard.Web.Localization;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// The change notes Save asks for: one per criterion (or the overall method) the edit changed against the stored
/// draft, in Vietnamese (required) and English, written into the file's "changes" block against <see cref="From"/>.
/// </summary>
public sealed class DraftFormNotes
{
    /// <summary>Codes (and "overall") the edit changed against the stored draft: each needs a change note to save.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>The change notes shown: posted, else the file's own.</summary>
    public Dictionary<string, (string Vi, string En)> Notes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The version the notes compare with; null for a first version, which needs none.</summary>
    public int? From { get; private set; }

    /// <summary>
    /// The version the notes compare with: the version in force (the draft's own changes block when nothing older is in
    /// force, else the one before). A block against an older version describes an earlier step (a draft started from the
    /// version in force carries that version's notes) and is replaced, not added to.
    /// </summary>
    public void Compare(JsonObject stored, JsonObject edited, int draftVersion, int? inForceVersion)
    {
        From = inForceVersion is { } current && current < draftVersion ? current
            : DraftJson.Number(DraftJson.Find(edited, "changes.from")) is { } existing ? (int)existing
            : draftVersion > 1 ? draftVersion - 1 : (int?)null;
        Changed = DraftChangeNotes.Changed(stored, edited);
    }

    /// <summary>Whether the draft's changes block compares with the same version as the notes asked for now.</summary>
    public bool BlockIsCurrent(JsonObject root) => From is { } from && DraftJson.Number(DraftJson.Find(root, "changes.from")) == from;

    /// <summary>The notes for the changed criteria: as posted, else as the file has them.</summary>
    public void Read(JsonObject root, Func<string, IReadOnlyList<string>?> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        foreach (var code in Changed)
        {
            var existing = BlockIsCurrent(root) ? DraftChangeNotes.Existing(root, code) : null;
            Notes[code] = (posted($"note.{code}.vi")?.LastOrDefault() ?? existing?.Vi ?? "", posted($"note.{code}.en")?.LastOrDefault() ?? existing?.En ?? "");
        }
    }

    /// <summary>Checks each needed note; the codes with a problem are in <see cref="Errors"/> (and opened).</summary>
    public bool Check(Ui ui, ISet<string> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        foreach (var code in From is null ? [] : Changed)
        {
            var (vi, en) = Notes.GetValueOrDefault(code, ("", ""));
            if ((Problem(vi, required: true, ui) ?? Problem(en, required: false, ui)) is { } problem)
            {
                Errors[code] = problem;
                open.Add(code);
            }
        }

        return Errors.Count == 0;
    }

    /// <summary>Writes the notes into the draft's changes block, replacing a block that compares with another version.</summary>
    public void Write(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (From is not { } from)
        {
            return;
        }

        if (!BlockIsCurrent(root))
        {
            root.Remove("changes");
        }

        foreach (var code in Changed)
        {
            var (vi, en) = Notes[code];
            DraftChangeNotes.Write(root, from, code, vi.Trim(), en.Trim());
        }
    }

    /// <summary>The label of a change note's subject: the criterion code, or "the overall method".</summary>
    public static string Label(string code, Ui ui) => code == DraftChangeNotes.Overall ? ui["FormEdit.OverallNote"] : code;

    private static string? Problem(string text, bool required, Ui ui)
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
}
