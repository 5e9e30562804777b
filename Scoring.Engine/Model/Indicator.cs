namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A measured quantity a commune reports.</summary>
/// <param name="Unit">The countable unit of the value (of the part for a ratio), e.g. "máy tính" / "computers".</param>
/// <param name="SaneMax">The largest plausible value (count) or whole (ratio); ingest quarantines anything above it.</param>
public sealed record Indicator(string Code, IndicatorKind Kind, LocalizedText Name, LocalizedText? Unit, decimal? SaneMax);
