using System.Text.RegularExpressions;
using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// Checks the optional "changes" block: it compares with an earlier version, each note names a criterion code once
/// and has its Vietnamese text. A code need not be in this file: a note may explain why a criterion was removed.
/// </summary>
internal static partial class ChangeNotesRules
{
    public static void Validate(RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        if (document.Changes is not { } changes)
        {
            return;
        }

        if (changes.From is not { } from)
        {
            context.Fail("Changes.From", "required");
        }
        else if (from < 1 || (document.Version is { } version && from >= version))
        {
            context.Fail("Changes.From", "changes.fromNotEarlier", from, document.Version);
        }

        if (changes.Summary is not null)
        {
            context.RequireVi("Changes.Summary", changes.Summary);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (changes.Criteria?.Count ?? 0); i++)
        {
            var note = changes.Criteria![i];
            var path = $"Changes.Criteria[{i}]";
            if (note is null)
            {
                context.Fail(path, "required");
                continue;
            }

            if (note.Code is null)
            {
                context.Fail(path + ".Code", "required");
            }
            else if (!CodePattern().IsMatch(note.Code))
            {
                context.Fail(path + ".Code", "code.invalid", note.Code, CodePattern().ToString());
            }
            else if (!seen.Add(note.Code))
            {
                context.Fail(path + ".Code", "code.duplicate", note.Code);
            }

            if (string.IsNullOrWhiteSpace(note.Vi))
            {
                context.Fail(path + ".Vi", note.Vi is null ? "required" : "name.viMissing");
            }
        }
    }

    /// <summary>The criterion code pattern (as CriterionValidator checks it).</summary>
    [GeneratedRegex("^[A-Z][A-Z0-9_.-]{0,19}$")]
    private static partial Regex CodePattern();
}
