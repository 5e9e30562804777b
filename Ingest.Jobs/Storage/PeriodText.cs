using System.Globalization;
using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// Periods are stored as 'yyyy-MM' text: they sort and compare as strings on both providers, so ranges need
/// no date functions (which differ between the dialects).
/// </summary>
public static partial class PeriodText
{
    public static string Require(string period, string name = "period")
    {
        ArgumentNullException.ThrowIfNull(period);
        return PeriodPattern().IsMatch(period)
            ? period
            : throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not a period; expected yyyy-MM.", period), name);
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
