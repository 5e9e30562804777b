namespace DashboardKpi.Ingest.Jobs.Actions;

/// <summary>Limits on what people type into actions and disputes, shared by the pages, the API and the checks.</summary>
public static class InputRules
{
    public const int TextMax = 1_000;
    public const int OwnerMax = 200;
    public const int NoteMax = 2_000;
    public const int ReasonMax = 4_000;
    public const int ValueMax = 100;
    public const int FileNameMax = 200;

    /// <summary>An attached file is kept in the database; 5 MB holds a scanned page or a signed PDF many times over.</summary>
    public const int FileBytes = 5 * 1024 * 1024;

    /// <summary>A due date further ahead than this is a typo, not a plan.</summary>
    public const int DueYearsAhead = 3;

    /// <summary>Null when the text is acceptable, otherwise the error code for the field ("reason.tooLong", …).</summary>
    public static ActionError? Check(string field, string? text, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return required ? ActionError.Of(field + ".missing") : null;
        }

        if (text.Length > max)
        {
            return ActionError.Of(field + ".tooLong", max, text.Length);
        }

        // Line breaks and tabs are text; other control characters (NUL, escape, bidi overrides…) are not.
        return text.Any(c => (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || c is '\u202E' or '\u202D' or '\uFFFD')
            ? ActionError.Of(field + ".controlChars")
            : null;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
