using System.Globalization;
using System.Text;

namespace DashboardKpi.Dashboard.Web.Printing;

/// <summary>
/// The foot of every printed page (the browser's print, issue 28): the stamp line in the page's bottom-left margin box,
/// so a sheet that continues the league table or a scorecard still names the period, rule set version, data snapshot
/// and demo label, not only the first. Chromium draws CSS margin boxes; the text is a CSS string, written here with
/// every character outside a plain set as a CSS escape, so no name can end the string or the style element.
/// </summary>
public static class PrintFoot
{
    /// <summary>The print-only rule for <paramref name="line"/>, to go inside a style element as it is.</summary>
    public static string Css(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = new StringBuilder(line.Length * 2);
        foreach (var rune in line.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || " .,:#()/-".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                text.Append((char)rune.Value);
            }
            else
            {
                text.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return "@media print { @page { @bottom-left { content: \"" + text + "\"; font-size: 7pt; color: #52606d; vertical-align: top; padding-top: 2mm; } } }";
    }
}
