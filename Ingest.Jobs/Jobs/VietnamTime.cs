namespace DashboardKpi.Ingest.Jobs.Jobs;

/// <summary>Asia/Ho_Chi_Minh: schedules and "today" are the city's, not the server's.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
}
