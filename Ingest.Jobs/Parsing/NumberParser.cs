using System.Globalization;
using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Parsing;

/// <summary>
/// Reads numbers the way Vietnamese and English speakers write them, and nothing else (docs/ingest.md, "Numbers"):
/// ASCII digits, an optional leading minus, groups of exactly three digits after the first behind one separator
/// used throughout (".", ",", a space, a no-break space or a narrow no-break space), and an optional decimal part.
/// "1.117" and "1,117" are a thousand and more when a whole number is expected; "42,5" and "42.5" are forty-two
/// and a half; "1.117,5" and "1,117.5" carry both marks, the last being the decimal one. Anything irregular
/// ("1 1 1 1", "1,5,3", "1.117 000") is refused rather than guessed: a wrong guess would replace a stored value.
/// </summary>
public static partial class NumberParser
{
    private const int MaxLength = 40;

    public static bool TryParse(string text, bool wholeNumberExpected, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.Length is 0 or > MaxLength)
        {
            return false;
        }

        var negative = s.StartsWith('-');
        var unsigned = negative ? s[1..] : s;
        var (integer, fraction) = SplitDecimal(unsigned, wholeNumberExpected);
        if (!Digits().IsMatch(integer) && !Grouped().IsMatch(integer) || fraction is not null && !Digits().IsMatch(fraction))
        {
            return false;
        }

        var digits = (negative ? "-" : "") + Ungrouped(integer) + (fraction is null ? "" : "." + fraction);
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The integer part and the decimal digits, by the last "." or ",": it is a decimal mark when it is the only one
    /// of its kind, unless a whole number is expected and it reads as a thousands group ("1.117" dossiers). A mark
    /// that occurs more than once ("12.000.000") can only be grouping.
    /// </summary>
    private static (string Integer, string? Fraction) SplitDecimal(string s, bool wholeNumberExpected)
    {
        var at = s.LastIndexOfAny(['.', ',']);
        if (at < 0 || s.IndexOf(s[at], StringComparison.Ordinal) != at)
        {
            return (s, null);
        }

        var (integer, fraction) = (s[..at], s[(at + 1)..]);
        var readsAsGroup = wholeNumberExpected && fraction.Length == 3 && FirstGroup().IsMatch(integer);
        return readsAsGroup ? (s, null) : (integer, fraction);
    }

    private static string Ungrouped(string integer) => GroupSeparator().Replace(integer, "");

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    // The first group has no leading zero, so "0.117" is never read as 117.
    [GeneratedRegex("^[1-9][0-9]{0,2}$")]
    private static partial Regex FirstGroup();

    // \k<sep> makes every separator the same as the first.
    [GeneratedRegex("^[1-9][0-9]{0,2}(?<sep>[., \u00A0\u202F])[0-9]{3}(?:\\k<sep>[0-9]{3})*$")]
    private static partial Regex Grouped();

    [GeneratedRegex("[., \u00A0\u202F]")]
    private static partial Regex GroupSeparator();
}
