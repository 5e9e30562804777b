using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>One task's part of the report: its name (C1..S21) and its place in the text [Start, End).</summary>
public sealed record ReportSection(string Task, int Start, int End);

/// <summary>
/// Splits a report into its task sections. A part heading naming "nhiệm vụ chung" or "nhiệm vụ cụ thể" (read on the
/// key text, so "NHIEM VU CU THE" and "nhiêm vu cụ thể" count) starts the common or specific tasks; an item line
/// ("1)", "1.", "1 -", "(1)", "Nhiệm vụ 1:") starts a task when its number follows the previous one (gaps of up to
/// two tolerated, so one lost number does not lose the rest). Without headings, the first run of numbers is the
/// common tasks and a restart at 1 begins the specific ones. Another part heading (III. …) ends the tasks.
/// </summary>
public static partial class ReportSections
{
    public static IReadOnlyList<ReportSection> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<(bool Common, int Number, int Start)>();
        var ends = new List<int>();
        bool? mode = null;
        var last = 0;
        var sawHeading = false;
        var offset = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var lineStart = offset;
            offset += rawLine.Length + 1;
            var line = rawLine.TrimEnd('\r');
            var key = KeyText.Of(line);
            var item = Item().Match(KeyText.RepairDigits(line));
            var common = key.Contains("nhiemvuchung", StringComparison.Ordinal);
            var specific = key.Contains("nhiemvucuthe", StringComparison.Ordinal);
            var namesPart = common != specific && line.Length < 120
                && (!item.Success || IsUpper(line) || key.Contains("8nhiemvu", StringComparison.Ordinal) || key.Contains("21nhiemvu", StringComparison.Ordinal) || key.Contains("cacnhiemvu", StringComparison.Ordinal));
            if (namesPart)
            {
                mode = common;
                last = 0;
                sawHeading = true;
                continue;
            }

            if (PartHeading().IsMatch(line))
            {
                if (mode is not null)
                {
                    ends.Add(lineStart);
                }

                if (sawHeading)
                {
                    mode = null;
                }

                continue;
            }

            if (!item.Success || !int.TryParse(item.Groups["n"].Value, out var number))
            {
                continue;
            }

            if (!sawHeading)
            {
                mode ??= true;
                if (mode == true && number == 1 && last >= 3)
                {
                    mode = false;
                    last = 0;
                }
            }

            if (mode is not { } inCommon)
            {
                continue;
            }

            var max = inCommon ? TaskNumbering.CommonTasks : TaskNumbering.SpecificTasks;
            if (number > last && (last == 0 || number <= last + 3) && number <= max)
            {
                items.Add((inCommon, number, lineStart));
                last = number;
            }
        }

        var sections = new List<ReportSection>();
        for (var i = 0; i < items.Count; i++)
        {
            var start = items[i].Start;
            var end = i + 1 < items.Count ? items[i + 1].Start : text.Length;
            var cut = ends.Where(e => e > start && e < end).DefaultIfEmpty(end).Min();
            sections.Add(new ReportSection(TaskNumbering.Name(items[i].Common, items[i].Number), start, Math.Min(cut, text.Length)));
        }

        return sections;
    }

    private static bool IsUpper(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(char.IsUpper) * 10 >= letters.Count * 8;
    }

    /// <summary>"I.", "II -", "III)" at the start of a line, then words.</summary>
    [GeneratedRegex(@"^\s*(?:PHẦN\s+)?[IVX]{1,4}\s*[.):\-–]\s*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^\s*(?:[-–•*+]\s*)?(?:(?i:nhi[eêệé]m\s*v[uụ]|nv)\s*(?:s[oốô6]\s*)?)?\(?(?<n>\d{1,2})\s*(?:[).:\-–/]|\s(?=\p{Lu}))\s*(?=[^\d\s])", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
