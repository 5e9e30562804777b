using System.Globalization;
using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>A unit the header may name: its code and "Phường Tân Định"-style full names (old spellings included).</summary>
public sealed record UnitName(string Code, IReadOnlyList<string> FullNames);

/// <summary>
/// Who and when, from the report's head (its first lines): the unit named there ("PHƯỜNG TÂN ĐỊNH", matched on the
/// key text, so "PHUỜNG TÃN DJNH" counts) and the month it reports on ("tháng 9 năm 2025", not the date it was
/// signed). Two different units, or none, leave the commune open; a month found only from the signing date is
/// the month before it and marked unsure.
/// </summary>
public static partial class ReportHeader
{
    private const int HeadLines = 15;

    public sealed record Result(IReadOnlyList<string> CommuneCodes, string? Period, bool PeriodUnsure)
    {
        public string? CommuneCode => CommuneCodes.Count == 1 ? CommuneCodes[0] : null;
    }

    public static Result Detect(string text, IEnumerable<UnitName> units)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = string.Join("\n", text.Split('\n').Take(HeadLines));
        var key = KeyText.Of(head);
        var hits = new List<(int At, int Length, string Code)>();
        foreach (var unit in units)
        {
            foreach (var name in unit.FullNames.Select(KeyText.Of).Where(n => n.Length >= 6).Distinct(StringComparer.Ordinal))
            {
                for (var at = key.IndexOf(name, StringComparison.Ordinal); at >= 0; at = key.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    hits.Add((at, name.Length, unit.Code));
                }
            }
        }

        var kept = hits.Where(h => !hits.Any(o => o.Length > h.Length && o.At <= h.At && o.At + o.Length >= h.At + h.Length)).Select(h => h.Code)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (period, unsure) = FindPeriod(key);
        return new Result(kept, period, unsure);
    }

    private static (string? Period, bool Unsure) FindPeriod(string key)
    {
        foreach (Match m in NamedMonth().Matches(key))
        {
            var before = key[..m.Index];
            if (SignedOn().IsMatch(before))
            {
                continue;
            }

            if (Month(m.Groups["y"].Value, m.Groups["m"].Value) is { } named)
            {
                return (named, false);
            }
        }

        var signed = SignedDate().Match(key);
        if (signed.Success && Month(signed.Groups["y"].Value, signed.Groups["m"].Value) is { } date)
        {
            var previous = DateOnly.ParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(-1);
            return (previous.ToString("yyyy-MM", CultureInfo.InvariantCulture), true);
        }

        return (null, true);
    }

    private static string? Month(string year, string month) =>
        int.TryParse(year, CultureInfo.InvariantCulture, out var y) && int.TryParse(month, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 && y is >= 2020 and <= 2100
            ? string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}")
            : null;

    [GeneratedRegex(@"thang ?(?<m>\d{1,2}) ?(?:nam|/) ?(?<y>\d{4})")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"ngai ?\d{1,2} ?$")]
    private static partial Regex SignedOn();

    [GeneratedRegex(@"ngai ?\d{1,2} ?thang ?(?<m>\d{1,2}) ?nam ?(?<y>\d{4})")]
    private static partial Regex SignedDate();
}
