using System.Globalization;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// The form's and the engine's errors placed beside their fields (per field key, per criterion block, or the form's
/// top), and what publishing will need beyond validity (a reference, a rationale) as hints per field.
/// </summary>
public sealed class DraftFormMessages
{
    public Dictionary<string, List<string>> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, List<string>> Sections { get; } = [];

    public List<(string Path, string Text)> Other { get; } = [];

    public Dictionary<string, List<string>> Hints { get; } = new(StringComparer.Ordinal);

    public int Count => Fields.Values.Sum(m => m.Count) + Sections.Values.Sum(m => m.Count) + Other.Count;

    private bool _placed;

    /// <summary>Places the messages of <paramref name="state"/> (once) and opens the blocks that have any; the count of them all.</summary>
    public int Place(DraftFormState state, Ui ui, ISet<string> open)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(open);
        if (_placed)
        {
            return Count;
        }

        _placed = true;
        string Text(RuleSetError error) => ui.Language == Language.En ? error.MessageEn : error.MessageVi;
        foreach (var error in state.FieldErrors)
        {
            Add(Fields, error.Key, ui.Format("FormEdit.Error." + error.Code, error.Value));
        }

        var (fields, sections, other) = state.Place(state.Read.Errors);
        foreach (var (key, errors) in fields)
        {
            errors.ForEach(e => Add(Fields, key, Text(e)));
        }

        foreach (var (index, errors) in sections)
        {
            errors.ForEach(e => Add(Sections, index, Text(e)));
        }

        Other.AddRange(other.Select(e => (e.Path, Text(e))));
        if (state.Read.RuleSet is { } rules)
        {
            foreach (var (key, errors) in state.Place(PublishRequirements.Check(rules)).Fields)
            {
                errors.ForEach(e => Add(Hints, key, Text(e)));
            }
        }

        foreach (var section in state.Layout.Criteria.Where(s => Sections.ContainsKey(s.Index) || s.Fields.Concat(s.Overrides.SelectMany(o => o)).Any(f => Fields.ContainsKey(f.Key))))
        {
            open.Add(section.Code);
        }

        return Count;
    }

    /// <summary>The messages with the id of the element each is shown in, for the live what-if.</summary>
    public List<FormWhatIf.Message> ForWhatIf(DraftFormState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var ids = state.Layout.All.ToDictionary(f => f.Key, f => f.Id, StringComparer.Ordinal);
        var messages = new List<FormWhatIf.Message>();
        foreach (var (key, texts) in Fields)
        {
            messages.AddRange(texts.Select(t => new FormWhatIf.Message(ids.GetValueOrDefault(key, "form") + "-error", key, t)));
        }

        foreach (var (index, texts) in Sections)
        {
            messages.AddRange(texts.Select(t => new FormWhatIf.Message(string.Create(CultureInfo.InvariantCulture, $"criterion-{index}-errors"), "", t)));
        }

        messages.AddRange(Other.Select(m => new FormWhatIf.Message("form-errors", m.Path, m.Text)));
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
}
