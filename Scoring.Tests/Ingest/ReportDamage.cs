using System.Globalization;
using System.Text;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// OCR-like damage with a seed, for reports the reader has never seen: diacritics lost, o read as 0 and 6, l as 1,
/// ư as w, m as "rn", words run together, "%" detached. Digits themselves are left alone: a misread digit is a
/// different number, which no reader can recover.
/// </summary>
internal static class ReportDamage
{
    public static string Apply(string text, int seed, double rate)
    {
        var random = new Random(seed);
        var output = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var roll = random.NextDouble();
            if (roll >= rate)
            {
                output.Append(c);
                continue;
            }

            var kind = random.Next(7);
            output.Append(kind switch
            {
                0 => StripMarks(c),
                1 when c is 'o' or 'ô' or 'ơ' => random.Next(2) == 0 ? "0" : "6",
                2 when c is 'l' => "1",
                3 when c is 'ư' => "w",
                4 when c is 'm' => "rn",
                5 when c == ' ' => "",
                6 when c == '%' => " %",
                _ => StripMarks(c),
            });
        }

        return output.ToString();
    }

    private static string StripMarks(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return c == 'đ' ? "d" : "D";
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark ? decomposed[0].ToString() : c.ToString();
    }
}
