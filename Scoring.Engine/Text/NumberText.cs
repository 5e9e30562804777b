using System.Globalization;
using System.Text;
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
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var invariant = rounded.ToString("0.############", CultureInfo.InvariantCulture);
        var negative = invariant.StartsWith('-');
        if (negative)
        {
            invariant = invariant[1..];
        }

        var dot = invariant.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? invariant : invariant[..dot];
        var fraction = dot < 0 ? "" : invariant[(dot + 1)..];
        var (thousands, decimalMark) = language == Language.Vi ? ('.', ',') : (',', '.');

        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        for (var i = 0; i < integerPart.Length; i++)
        {
            if (i > 0 && (integerPart.Length - i) % 3 == 0)
            {
                builder.Append(thousands);
            }

            builder.Append(integerPart[i]);
        }

        if (fraction.Length > 0)
        {
            builder.Append(decimalMark).Append(fraction);
        }

        return builder.ToString();
    }

    /// <summary>"42,5 %" in Vietnamese (with the space the glossary asks for), "42.5%" in English.</summary>
    public static string Percent(decimal value, Language language) =>
        Format(value, language) + (language == Language.Vi ? " %" : "%");
}
