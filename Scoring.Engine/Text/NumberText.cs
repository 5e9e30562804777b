using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Text;

/// <summary>
/// The one place numbers are written for people, in each language's marks (vi: 1.117 and 42,5; en: 1,117 and 42.5):
/// the engine's explanations, the web's pages (Ui.Number/Ui.Percent), ingest messages and the benchmark all call it.
/// The marks come from two fixed, read-only <see cref="NumberFormatInfo"/>s built from the invariant culture, never
/// from vi-VN/en-GB, so the text is byte-for-byte identical on every machine whatever its ICU version.
/// </summary>
public static class NumberText
{
    /// <summary>Vietnamese: thousands '.', decimals ',', "42,5%" (no space before the sign, as the city writes it).</summary>
    public static NumberFormatInfo Vi { get; } = Marks(".", ",");

    /// <summary>English: thousands ',', decimals '.', "42.5%".</summary>
    public static NumberFormatInfo En { get; } = Marks(",", ".");

    /// <summary>The language's marks, for <c>string.Format</c> and <c>ToString(format, provider)</c> where a format string is needed.</summary>
    public static NumberFormatInfo FormatOf(Language language) => language == Language.Vi ? Vi : En;

    /// <summary>
    /// Up to <paramref name="maxDecimals"/> decimals (rounded half away from zero, trailing zeros dropped), grouped by
    /// thousands: 1.234.567,89 / 1,234,567.89. A value that rounds to zero never shows a minus sign.
    /// </summary>
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
        var marks = FormatOf(language);
        var thousands = marks.NumberGroupSeparator[0];
        var decimalMark = marks.NumberDecimalSeparator[0];

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
    public static string Percent(decimal value, Language language, int maxDecimals = 2) =>
        Format(value, language, maxDecimals) + "%";

    private static NumberFormatInfo Marks(string thousands, string decimals)
    {
        var marks = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        marks.NumberGroupSeparator = marks.PercentGroupSeparator = marks.CurrencyGroupSeparator = thousands;
        marks.NumberDecimalSeparator = marks.PercentDecimalSeparator = marks.CurrencyDecimalSeparator = decimals;
        marks.NegativeSign = "-";
        marks.PercentPositivePattern = 1; // "n%": no space before the sign, in both languages
        marks.PercentNegativePattern = 1; // "-n%"
        return NumberFormatInfo.ReadOnly(marks);
    }
}
