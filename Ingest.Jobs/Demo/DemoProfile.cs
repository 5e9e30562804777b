using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// How far along a demo commune is in a period. The generator decides the profile first and then draws values
/// that land in the bands it needs, which is what calibrates July 2025 to the city's reported shares.
/// </summary>
internal enum DemoProfile
{
    /// <summary>Every critical criterion green, at most a few others yellow.</summary>
    Green,

    /// <summary>No red critical criterion and fewer reds than the limit, but short of green.</summary>
    Yellow,

    /// <summary>A critical criterion red.</summary>
    Red,
}

internal static class DemoProfiles
{
    /// <summary>
    /// The share of green, then yellow, communes in a period: July 2025 as reported (63 % / 35 %), then the city
    /// closing the gap month by month towards nearly all green.
    /// </summary>
    public static (double Green, double Yellow) Shares(Period period, Period first)
    {
        var months = (period.Year - first.Year) * 12 + period.Month - first.Month;
        var green = Math.Min(0.93, 0.63 + 0.025 * months);
        var red = months < 6 ? 0.02 : 0.01;
        return (green, 1 - green - red);
    }

    /// <summary>A commune's profile from its standing (0 = furthest behind, 1 = furthest ahead) and the period's shares.</summary>
    public static DemoProfile For(double standing, (double Green, double Yellow) shares) =>
        standing >= 1 - shares.Green ? DemoProfile.Green
        : standing >= 1 - shares.Green - shares.Yellow ? DemoProfile.Yellow
        : DemoProfile.Red;
}
