using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Parsing;

/// <summary>A value as typed by a person, understood for its indicator kind. Part/Whole for ratios, Number otherwise.</summary>
public sealed record ParsedValue(
    decimal? Number = null,
    decimal? Whole = null,
    bool? Flag = null,
    Scoring.Engine.Model.TaskStatus? Task = null,
    DateOnly? CompletedOn = null)
{
    public IndicatorKind Kind { get; init; }
}
