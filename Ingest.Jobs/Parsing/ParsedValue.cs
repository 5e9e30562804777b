using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Parsing;

/// <summary>A value understood for its indicator kind: Number (the part, for ratios) and Whole, Flag, or Task with CompletedOn.</summary>
public sealed record ParsedValue(
    decimal? Number = null,
    decimal? Whole = null,
    bool? Flag = null,
    Scoring.Engine.Model.TaskProgress? Task = null,
    DateOnly? CompletedOn = null)
{
    public IndicatorKind Kind { get; init; }

    /// <summary>The reading to store: a ratio's number goes to Part (to Value when reported as a percentage only, without a whole), anything else's to Value; task states as their stored words.</summary>
    public IndicatorReading ToReading(string communeCode, Indicator indicator, Period period, string source)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new IndicatorReading
        {
            CommuneCode = communeCode,
            IndicatorCode = indicator.Code,
            Period = period,
            Source = source,
            // A ratio reported as a percentage only has no part: its percent is the value, and the whole stays null.
            Value = indicator.Kind == IndicatorKind.Ratio && Whole is not null ? null : Number,
            Part = indicator.Kind == IndicatorKind.Ratio && Whole is not null ? Number : null,
            Whole = Whole,
            Flag = Flag,
            TaskStatus = Task is { } task ? TaskStatusText.Of(task) : null,
            CompletedOn = CompletedOn,
        };
    }
}
