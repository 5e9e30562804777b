namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>Period labels under a chart: every other one when there are many (always the newest), so they never overlap.</summary>
public static class PeriodTicks
{
    public static string[] Labels(IReadOnlyList<string> periodLabels) =>
        [.. periodLabels.Select((label, i) => periodLabels.Count <= 7 || (periodLabels.Count - 1 - i) % 2 == 0 ? ChartFonts.Label(label) : "")];
}
