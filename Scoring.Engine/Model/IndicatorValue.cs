namespace DashboardKpi.Scoring.Engine.Model;

public enum TaskProgress
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>
/// One reported value of an indicator for a period. Which fields are set depends on the indicator's kind;
/// use the factory methods.
/// </summary>
public sealed record IndicatorValue(
    string IndicatorCode,
    Period Period,
    decimal? Number = null,
    decimal? Whole = null,
    bool? Flag = null,
    TaskProgress? Task = null,
    DateOnly? CompletedOn = null)
{
    public static IndicatorValue Ratio(string code, Period period, decimal part, decimal whole) => new(code, period, Number: part, Whole: whole);

    public static IndicatorValue Count(string code, Period period, decimal count) => new(code, period, Number: count);

    public static IndicatorValue Percentage(string code, Period period, decimal percent) => new(code, period, Number: percent);

    public static IndicatorValue YesNo(string code, Period period, bool yes) => new(code, period, Flag: yes);

    public static IndicatorValue TaskState(string code, Period period, TaskProgress status, DateOnly? completedOn = null) =>
        new(code, period, Task: status, CompletedOn: completedOn);
}
