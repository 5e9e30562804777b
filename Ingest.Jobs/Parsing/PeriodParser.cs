using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Parsing;

/// <summary>Reads a reporting period written "2025-07", "07/2025", "7/2025" or "tháng 7/2025".</summary>
public static class PeriodParser
{
    public static bool TryParse(string raw, out Period period)
    {
        var text = raw.Trim();
        if (text.StartsWith("tháng", StringComparison.OrdinalIgnoreCase))
        {
            text = text[5..].Trim();
        }

        if (Period.TryParse(text, out period))
        {
            return true;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash is 1 or 2 && text.Length - slash - 1 == 4
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return Period.TryParse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), out period);
        }

        return false;
    }
}
