using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// A rule-set diff grouped the way the steering committee reads it: one block per criterion (or the aggregation,
/// indicators, texts), each change a field with before → after, field names in the request's language.
/// </summary>
public static class DiffView
{
    /// <param name="Note">The rule file's change note on this criterion (what changed and why), in the request's language.</param>
    public sealed record Group(string Scope, string Title, IReadOnlyList<Line> Lines, string? Note = null);

    /// <summary>The after-version's change notes: its summary and the notes on codes the diff has no block for.</summary>
    public sealed record Notes(int From, string? Summary, IReadOnlyList<(string Code, string Title, string Text)> Other);

    public sealed record Line(string Field, string Label, string? Before, string? After);

    public static IReadOnlyList<Group> Build(IReadOnlyList<RuleChange> changes, RuleSet? before, RuleSet? after, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(ui);
        return changes
            .GroupBy(c => c.Scope, StringComparer.Ordinal)
            .Select(g => new Group(g.Key, Title(g.Key, before, after, ui), g.Select(c => new Line(c.Field, FieldLabel(c.Field, ui), c.Before, c.After)).ToList(),
                after?.Changes?.For(g.Key) is { } note ? ui.Text(note) : null))
            .ToList();
    }

    /// <summary>The change notes of <paramref name="after"/> (null when it has none), with the notes the diff groups do not show.</summary>
    public static Notes? NotesOf(RuleSet? after, RuleSet? before, IReadOnlyList<Group>? groups, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        if (after?.Changes is not { } changes)
        {
            return null;
        }

        var shown = (groups ?? []).Where(g => g.Note is not null).Select(g => g.Scope).ToHashSet(StringComparer.Ordinal);
        var other = changes.Criteria
            .Where(n => !shown.Contains(n.Code))
            .Select(n => (n.Code, Title(n.Code, before, after, ui), ui.Text(n.Text)))
            .ToList();
        return new Notes(changes.From, changes.Summary is { } summary ? ui.Text(summary) : null, other);
    }

    public static string FieldLabel(string field, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return UiText.Contains("Rules.Field." + field) ? ui["Rules.Field." + field] : field;
    }

    private static string Title(string scope, RuleSet? before, RuleSet? after, Ui ui)
    {
        if (UiText.Contains("Rules.Scope." + scope))
        {
            return ui["Rules.Scope." + scope];
        }

        var criterion = after?.Criteria.FirstOrDefault(c => c.Code == scope) ?? before?.Criteria.FirstOrDefault(c => c.Code == scope);
        if (criterion is not null)
        {
            return scope + " · " + ui.Text(criterion.Name);
        }

        var indicator = after?.Indicators.FirstOrDefault(i => i.Code == scope) ?? before?.Indicators.FirstOrDefault(i => i.Code == scope);
        return indicator is not null ? ui["Rules.Indicator"] + " " + scope + " · " + ui.Text(indicator.Name) : scope;
    }
}
