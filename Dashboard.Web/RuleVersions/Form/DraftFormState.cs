using System.Globalization;
using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// A draft as the form editor holds it: the JSON tree with the posted values written in, its text, what the engine
/// makes of it, and the values the inputs show (a value that could not be written is shown as typed, beside its error).
/// </summary>
public sealed class DraftFormState
{
    private DraftFormState(JsonObject root, DraftFormLayout layout, string json, Dictionary<string, string> values, IReadOnlyList<DraftFieldError> fieldErrors, bool workingRejected)
    {
        Root = root;
        Layout = layout;
        Json = json;
        Values = values;
        FieldErrors = fieldErrors;
        WorkingRejected = workingRejected;
        Read = RuleSetReader.Read(json);
    }

    public JsonObject Root { get; }

    public DraftFormLayout Layout { get; }

    /// <summary>The draft's text with the form's values: the original text, untouched, when the form changed nothing.</summary>
    public string Json { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Values the form could not write (not a number, not a month…).</summary>
    public IReadOnlyList<DraftFieldError> FieldErrors { get; }

    /// <summary>The engine's reading of <see cref="Json"/>: the rule set, or every error with its JSON path.</summary>
    public RuleSetReadResult Read { get; }

    /// <summary>The posted working copy was not a JSON object (tampered with or cut off); the stored draft was used instead.</summary>
    public bool WorkingRejected { get; }

    /// <summary>The stored text as the form shows it; null when it is not a JSON object (the form cannot show it; the JSON view can).</summary>
    public static DraftFormState? Load(string stored) =>
        DraftJson.Parse(stored) is { } root ? Create(root, stored, null, false) : null;

    /// <summary>
    /// The posted form written into the working copy (<paramref name="working"/>, the JSON the page was rendered from,
    /// or the stored draft when none or an unreadable one is posted).
    /// </summary>
    public static DraftFormState? Apply(string stored, string? working, Func<string, IReadOnlyList<string>?> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var rejected = false;
        var text = stored;
        var root = working is null ? null : DraftJson.Parse(working);
        if (root is not null)
        {
            text = working!;
        }
        else
        {
            rejected = working is not null;
            root = DraftJson.Parse(stored);
        }

        return root is null ? null : Create(root, text, posted, rejected);
    }

    /// <summary>A structural change (an override added or removed) made to <see cref="Root"/>: the state re-read from it.</summary>
    public DraftFormState Rebuilt() => Create(Root, DraftJson.Write(Root), null, WorkingRejected);

    private static DraftFormState Create(JsonObject root, string text, Func<string, IReadOnlyList<string>?>? posted, bool rejected)
    {
        var layout = DraftFormLayout.Of(root);
        var outcome = posted is null ? new DraftFormWriter.Outcome([], false) : DraftFormWriter.Apply(root, layout, posted);
        var json = outcome.Changed ? DraftJson.Write(root) : text;
        var values = DraftFormValues.Read(root, layout);
        foreach (var error in outcome.Errors)
        {
            values[error.Key] = error.Value;
        }

        return new DraftFormState(root, layout, json, values, outcome.Errors, rejected);
    }

    /// <summary>
    /// Where each engine error belongs: the field at its path (or the nearest field above it), else the criterion's
    /// block, else the top of the form.
    /// </summary>
    public (Dictionary<string, List<RuleSetError>> Fields, Dictionary<int, List<RuleSetError>> Sections, List<RuleSetError> Other) Place(IEnumerable<RuleSetError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var keys = Layout.All.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var (fields, sections, other) = (new Dictionary<string, List<RuleSetError>>(StringComparer.Ordinal), new Dictionary<int, List<RuleSetError>>(), new List<RuleSetError>());
        foreach (var error in errors)
        {
            var key = error.Path.StartsWith("$.", StringComparison.Ordinal) ? error.Path[2..] : "";
            var field = key;
            while (field.Length > 0 && !keys.Contains(field))
            {
                var cut = Math.Max(field.LastIndexOf('.'), field.LastIndexOf('['));
                field = cut < 0 ? "" : field[..cut];
            }

            if (field.Length > 0)
            {
                Add(fields, field, error);
            }
            else if (key.StartsWith("criteria[", StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(9, Math.Max(0, key.IndexOf(']', StringComparison.Ordinal) - 9)), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && Layout.Criteria.Any(c => c.Index == index))
            {
                Add(sections, index, error);
            }
            else
            {
                other.Add(error);
            }
        }

        return (fields, sections, other);
    }

    private static void Add<TKey>(Dictionary<TKey, List<RuleSetError>> map, TKey key, RuleSetError error)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(error);
    }
}
