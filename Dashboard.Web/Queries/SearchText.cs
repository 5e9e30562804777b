using System.Globalization;
using System.Text;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>Search that ignores diacritics and case: "thu duc" finds "Thủ Đức" (đ is a letter of its own, not d + mark).</summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool Matches(string query, params string?[] fields)
    {
        var folded = Fold(query);
        return folded.Length == 0 || fields.Any(f => Fold(f).Contains(folded, StringComparison.Ordinal));
    }
}
