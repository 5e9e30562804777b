using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>
/// One incoming value to store. Kind-agnostic on purpose: a number (Value), a ratio (Part of Whole, kept apart so a
/// gap can be stated in units), a yes/no (Flag) or a task state (TaskStatus such as "done", "inProgress",
/// "notStarted", with CompletedOn). Storage does not interpret them; the rule set does.
/// </summary>
public sealed record IndicatorReading
{
    public required string CommuneCode { get; init; }
    public required string IndicatorCode { get; init; }
    public required Period Period { get; init; }
    public required string Source { get; init; }
    public decimal? Value { get; init; }
    public decimal? Part { get; init; }
    public decimal? Whole { get; init; }
    public bool? Flag { get; init; }
    public string? TaskStatus { get; init; }
    public DateOnly? CompletedOn { get; init; }

    public IndicatorKey Key => new(CommuneCode, IndicatorCode, Period, Source);

    /// <summary>Same content as the stored row? Decimals compare by value, so 42.5 equals 42.50 and is not a correction.</summary>
    public bool HasSameContentAs(IndicatorValueRow stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Value == stored.Value && Part == stored.Part && Whole == stored.Whole && Flag == stored.Flag
            && string.Equals(TaskStatus, stored.TaskStatus, StringComparison.Ordinal) && CompletedOn == stored.CompletedOn;
    }
}
