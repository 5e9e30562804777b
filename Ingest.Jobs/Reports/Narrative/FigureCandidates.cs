using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Parsing;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// Finds figures of an indicator's shape in a sentence's key text: ratios ("38/41 cán bộ", "có 52 máy …, trong đó
/// 49 máy", "17 … trên tổng số 1.305"), counts with their unit ("06 buổi"), percentages after their lead ("hài lòng
/// … đạt 98,2%"), and for ratios a bare percentage with its unit ("100% dịch vụ").
/// </summary>
internal static partial class FigureCandidates
{
    private const string Num = @"\d+(?:[.,]\d+)*";

    public static IEnumerable<Candidate> Find(IndicatorReading indicator, Sentence sentence, RuleKeys keys)
    {
        foreach (var pattern in indicator.Patterns)
        {
            var units = pattern.Unit.Select(KeyText.Of).Where(u => u.Length > 0).ToList();
            var leads = pattern.Lead.Select(KeyText.Of).Where(l => l.Length > 0).ToList();
            var found = indicator.Shape switch
            {
                ValueShape.Ratio => Ratios(sentence, units, leads, pattern.MaxGap, indicator.AllowPercent),
                ValueShape.Count => Counts(sentence, units, leads, pattern.MaxGap),
                ValueShape.Percentage => Percentages(sentence, leads, pattern.MaxGap),
                _ => [],
            };
            foreach (var candidate in found)
            {
                yield return candidate;
            }
        }
    }

    private static IEnumerable<Candidate> Ratios(Sentence sentence, List<string> units, List<string> leads, int maxGap, bool allowPercent)
    {
        var key = sentence.Key.Key;
        foreach (Match m in Slash().Matches(key))
        {
            if (Whole(m.Groups["p"].Value) is { } part && Whole(m.Groups["w"].Value) is { } whole && part <= whole && whole > 0
                && UnitAfter(key, m.Index + m.Length, units) && LeadBefore(sentence, m.Index, leads, maxGap, stopAtNumbers: false))
            {
                yield return new Candidate($"{part}/{whole}", sentence, m.Index, m.Length, 0.9);
            }
        }

        foreach (Match m in OfWhichSome().Matches(key))
        {
            if (Whole(m.Groups["p"].Value) is { } part && Whole(m.Groups["w"].Value) is { } whole && part <= whole && whole > 0
                && UnitAfter(key, m.Groups["w"].Index + m.Groups["w"].Length, units) && LeadBefore(sentence, m.Index, leads, maxGap, stopAtNumbers: false))
            {
                yield return new Candidate($"{part}/{whole}", sentence, m.Groups["w"].Index, m.Groups["p"].Index + m.Groups["p"].Length - m.Groups["w"].Index, 0.85);
            }
        }

        foreach (Match m in OutOf().Matches(key))
        {
            if (Whole(m.Groups["p"].Value) is { } part && Whole(m.Groups["w"].Value) is { } whole && part <= whole && whole > 0
                && (UnitAfter(key, m.Groups["p"].Index + m.Groups["p"].Length, units) || UnitAfter(key, m.Index + m.Length, units))
                && LeadBefore(sentence, m.Index, leads, maxGap, stopAtNumbers: false))
            {
                yield return new Candidate($"{part}/{whole}", sentence, m.Index, m.Length, 0.85);
            }
        }

        if (!allowPercent)
        {
            yield break;
        }

        foreach (Match m in Percent().Matches(key))
        {
            if (Decimal(m.Groups["v"].Value) is { } percent && percent <= 100
                && (UnitAfter(key, m.Index + m.Length, units) || leads.Count > 0 && LeadBefore(sentence, m.Index, leads, maxGap, stopAtNumbers: false)))
            {
                yield return new Candidate(NarrativeReader.Format(percent) + "%", sentence, m.Index, m.Length, 0.7, IsPercentOnly: true);
            }
        }
    }

    private static IEnumerable<Candidate> Counts(Sentence sentence, List<string> units, List<string> leads, int maxGap)
    {
        var key = sentence.Key.Key;
        foreach (Match m in Count().Matches(key))
        {
            if (Whole(m.Value) is { } count && UnitAfter(key, m.Index + m.Length, units) && LeadBefore(sentence, m.Index, leads, maxGap, stopAtNumbers: true))
            {
                yield return new Candidate(count.ToString(System.Globalization.CultureInfo.InvariantCulture), sentence, m.Index, m.Length, leads.Count > 0 ? 0.9 : 0.8);
            }
        }
    }

    private static IEnumerable<Candidate> Percentages(Sentence sentence, List<string> leads, int maxGap)
    {
        var key = sentence.Key.Key;
        foreach (Match m in Percent().Matches(key))
        {
            if (Decimal(m.Groups["v"].Value) is { } percent && percent <= 100 && LeadBefore(sentence, m.Index, leads, maxGap, stopAtNumbers: false, stopAtPercent: true))
            {
                yield return new Candidate(NarrativeReader.Format(percent), sentence, m.Index, m.Length, 0.85);
            }
        }
    }

    /// <summary>The key right after the number starts with a unit (a bracket or a dot between is allowed).</summary>
    private static bool UnitAfter(string key, int at, List<string> units)
    {
        if (units.Count == 0)
        {
            return true;
        }

        var rest = key.AsSpan(Math.Min(at, key.Length)).TrimStart(")(.:- ");
        foreach (var unit in units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lead ends before the value in its clause, within <paramref name="maxGap"/>, with no other count (or percentage) between.</summary>
    private static bool LeadBefore(Sentence sentence, int at, List<string> leads, int maxGap, bool stopAtNumbers, bool stopAtPercent = false)
    {
        if (leads.Count == 0)
        {
            return true;
        }

        var key = sentence.Key.Key;
        var clauseStart = sentence.ClauseStart(at);
        var clause = key[clauseStart..at];
        foreach (var lead in leads)
        {
            var found = clause.LastIndexOf(lead, StringComparison.Ordinal);
            if (found < 0)
            {
                continue;
            }

            var gap = clause[(found + lead.Length)..];
            if (gap.Length > maxGap || stopAtNumbers && (Count().IsMatch(gap) || gap.Contains(',', StringComparison.Ordinal)) || stopAtPercent && Percent().IsMatch(gap))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static long? Whole(string text) =>
        NumberParser.TryParse(text, wholeNumberExpected: true, out var value) && value == decimal.Truncate(value) && value >= 0 && value < 100_000_000 ? (long)value : null;

    private static decimal? Decimal(string text) => NumberParser.TryParse(text, wholeNumberExpected: false, out var value) ? value : null;

    [GeneratedRegex(@"(?<![\d.,/])(?<p>" + Num + @")/(?<w>" + Num + @")(?![\d/])")]
    private static partial Regex Slash();

    /// <summary>"có 52 máy tính, trong đó 49 máy": the whole first, the part after "trong đó".</summary>
    [GeneratedRegex(@"(?<![\d.,/])(?<w>" + Num + @")(?![\d/%])[^\d;:]{1,40}?trongdo,? ?(?:co|da)?(?<p>" + Num + @")(?![\d/%])")]
    private static partial Regex OfWhichSome();

    /// <summary>"17 hồ sơ quá hạn trên tổng số 1.305", "49 trên 52".</summary>
    [GeneratedRegex(@"(?<![\d.,/])(?<p>" + Num + @")(?![\d/%])[^\d;:]{0,30}?tren(?:tongso)? ?(?<w>" + Num + @")(?![\d/%])")]
    private static partial Regex OutOf();

    [GeneratedRegex(@"(?<![\d.,/])(?<v>\d+(?:[.,]\d+)?) ?%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d.,/])\d+(?:\.\d{3})*(?![\d%/]|[.,]\d)")]
    private static partial Regex Count();
}
