namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>How a form field is read from the post and written into the draft's JSON.</summary>
public enum DraftFieldKind
{
    /// <summary>A number (cuts, minimum denominator, shares, points); empty removes it.</summary>
    Decimal,

    /// <summary>A whole number (periods carried, K, unrated allowance); empty removes it.</summary>
    WholeNumber,

    /// <summary>One line of text; empty removes it.</summary>
    Text,

    /// <summary>Several lines (rationale, reason); empty removes it.</summary>
    LongText,

    /// <summary>yyyy-MM.</summary>
    Month,

    /// <summary>yyyy-MM-dd.</summary>
    Date,

    /// <summary>One of <see cref="DraftField.Choices"/>; empty removes it.</summary>
    Choice,

    /// <summary>A yes/no switch written only when true (false is the absent default).</summary>
    Flag,

    /// <summary>A set of unit types (phuong, xa, dac_khu); none removes it (every type).</summary>
    UnitTypes,

    /// <summary>Whether the criterion is in the overall method's critical list (not a property of the criterion itself).</summary>
    Critical,
}

/// <summary>
/// One input of the form editor. <see cref="Key"/> is both the input's name and, for every kind but
/// <see cref="DraftFieldKind.Critical"/>, the JSON path of the value without the leading "$."
/// ("criteria[7].threshold.green"), so a validation error at "$.criteria[7].threshold.green" lands beside it.
/// </summary>
/// <param name="LabelKey">The UI text key of the label (FormEdit.F.…).</param>
public sealed record DraftField(string Key, DraftFieldKind Kind, string LabelKey, IReadOnlyList<string>? Choices = null)
{
    /// <summary>The element id: "f-" and the key with each run of characters outside [A-Za-z0-9] as one '-' ("f-criteria-7-threshold-green").</summary>
    public string Id => "f-" + Slug(Key);

    /// <summary>Each run of characters outside [A-Za-z0-9] as one '-', none at the end ("criteria[7].x" → "criteria-7-x").</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The JSON path the engine reports errors at ("$.criteria[7].threshold.green").</summary>
    public string JsonPath => "$." + Key;
}
