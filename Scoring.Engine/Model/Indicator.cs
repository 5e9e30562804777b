namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A measured quantity a commune reports.</summary>
/// <param name="Unit">The countable unit of the value (of the part for a ratio), e.g. "máy tính" / "computers".</param>
/// <param name="SaneMax">The largest plausible value (count) or whole (ratio); ingest quarantines anything above it.</param>
/// <param name="Share">A ratio computed from two count indicators the commune reports (never reported itself), or null.</param>
public sealed record Indicator(string Code, IndicatorKind Kind, LocalizedText Name, LocalizedText? Unit, decimal? SaneMax, ShareOf? Share = null);

/// <summary>
/// A ratio the commune does not report as such but as two counts, e.g. overdue dossiers of dossiers resolved: the part
/// and the whole are the values of two count indicators for the same period.
/// </summary>
public sealed record ShareOf(string Part, string Whole);
