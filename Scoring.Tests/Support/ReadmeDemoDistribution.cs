using System.Globalization;
using System.Text.RegularExpressions;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>The demo distribution the README states per month, from rows such as "| 2025-07 | 105 (62.5%) | 59 (35.1%) | 4 (2.4%) |".</summary>
public static partial class ReadmeDemoDistribution
{
    public static (int Green, int Yellow, int Red)? For(string month)
    {
        var readme = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "README.md"));
        var row = Row().Matches(File.ReadAllText(readme)).SingleOrDefault(m => m.Groups["month"].Value == month);
        return row is null ? null : (Int(row, "green"), Int(row, "yellow"), Int(row, "red"));
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^ *\| (?<month>\d{4}-\d{2}) \| (?<green>\d+) \([^)]*\) \| (?<yellow>\d+) \([^)]*\) \| (?<red>\d+) \([^)]*\) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
