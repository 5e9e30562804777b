using System.Globalization;
using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Parsing;

/// <summary>
/// Reads numbers the way Vietnamese and English speakers write them: "1.117" and "1,117" are a thousand and
/// more when a whole number is expected; "42,5" and "42.5" are forty-two and a half; "1.117,5" and "1,117.5"
/// carry both marks, the last being the decimal one.
/// </summary>
public static partial class NumberParser
{
    public static bool TryParse(string text, bool wholeNumberExpected, out decimal value)
    {
        value = 0;
        var s = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        string normalised;
        if (lastDot >= 0 && lastComma >= 0)
        {
            var decimalMark = lastDot > lastComma ? '.' : ',';
            var groupMark = decimalMark == '.' ? ',' : '.';
            normalised = s.Replace(groupMark.ToString(), "", StringComparison.Ordinal).Replace(decimalMark, '.');
        }
        else if (lastDot >= 0 || lastComma >= 0)
        {
            var mark = lastDot >= 0 ? '.' : ',';
            // A single kind of mark in thousands groups ("1.117", "12,000,000") is grouping when the value must be
            // whole (a count, machines, dossiers); otherwise it is a decimal mark ("42,5", "42.5").
            normalised = wholeNumberExpected && Grouped(mark).IsMatch(s)
                ? s.Replace(mark.ToString(), "", StringComparison.Ordinal)
                : s.Count(c => c == mark) == 1 ? s.Replace(mark, '.') : "";
        }
        else
        {
            normalised = s;
        }

        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static Regex Grouped(char mark) => mark == '.' ? DotGrouped() : CommaGrouped();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+$")]
    private static partial Regex DotGrouped();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+$")]
    private static partial Regex CommaGrouped();
}
