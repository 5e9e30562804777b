using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Text;

/// <summary>
/// Formats numbers the way each language writes them (vi: 1.117 and 42,5; en: 1,117 and 42.5).
/// Done by hand rather than through CultureInfo so that explanations are byte-for-byte identical on
/// every machine, whatever its ICU version.
/// </summary>
public static class NumberText
{
    public static string Format(decimal value, Language language, int maxDecimals = 2)
    {
        // The plain invariant form ("-1234.50") is written straight into a buffer, then regrouped: a custom format
        // string ("0.##") would be parsed again on every call, and explanations format a number or two per criterion.
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        Span<char> invariant = stackalloc char[64];
        rounded.TryFormat(invariant, out var length, default, CultureInfo.InvariantCulture);
        invariant = invariant[..length];
        var negative = invariant[0] == '-';
        if (negative)
        {
            invariant = invariant[1..];
        }

        var dot = invariant.IndexOf('.');
        var integerPart = dot < 0 ? invariant : invariant[..dot];
        var fraction = dot < 0 ? [] : invariant[(dot + 1)..].TrimEnd('0');
        negative &= integerPart.ContainsAnyExcept('0') || fraction.Length > 0;
        var (thousands, decimalMark) = language == Language.Vi ? ('.', ',') : (',', '.');

        Span<char> text = stackalloc char[96];
        var at = 0;
        if (negative)
        {
            text[at++] = '-';
        }

        for (var i = 0; i < integerPart.Length; i++)
        {
            if (i > 0 && (integerPart.Length - i) % 3 == 0)
            {
                text[at++] = thousands;
            }

            text[at++] = integerPart[i];
        }

        if (fraction.Length > 0)
        {
            text[at++] = decimalMark;
            fraction.CopyTo(text[at..]);
            at += fraction.Length;
        }

        return new string(text[..at]);
    }

    /// <summary>"42,5%" in Vietnamese and "42.5%" in English: no space before the sign, as the city writes it (glossary).</summary>
    public static string Percent(decimal value, Language language) =>
        Format(value, language) + "%";
}
