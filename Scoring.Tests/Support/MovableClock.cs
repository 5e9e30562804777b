namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>A clock tests move by hand ("overdue by the clock" without waiting days).</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
