namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A measured quantity a commune reports.</summary>
/// <param name="Unit">The countable unit of the value (of the part for a ratio), e.g. "máy tính" / "computers".</param>
/// <param name="SaneMax">The largest plausible value (count) or whole (ratio); ingest quarantines anything above it.</param>
/// <param name="Share">A ratio computed from two count indicators the commune reports (never reported itself), or null.</param>
/// <param name="Accumulate">A count or ratio summed over months of another indicator (never reported itself), or null.</param>
/// <param name="PerCapita">A count per N residents computed from a count the commune reports and its population, or null.</param>
public sealed record Indicator(
    string Code, IndicatorKind Kind, LocalizedText Name, LocalizedText? Unit, decimal? SaneMax, ShareOf? Share = null,
    AccumulationOf? Accumulate = null, PerCapitaOf? PerCapita = null)
{
    /// <summary>
    /// The kind the value is rated as. A per-capita count is laid out as a ratio of the count to population × 100 / per
    /// (see <see cref="PerCapitaOf"/>), so its comparison and amounts are a ratio's: exact, and in the count's own units.
    /// </summary>
    internal IndicatorKind RatedAs => PerCapita is null ? Kind : IndicatorKind.Ratio;

    /// <summary>Computed by the engine (a share, an accumulation or a per-capita count): a value reported for it is never used.</summary>
    public bool IsComputed => Share is not null || Accumulate is not null || PerCapita is not null;
}

/// <summary>
/// A ratio the commune does not report as such but as two counts, e.g. overdue dossiers of dossiers resolved: the part
/// and the whole are the values of two count indicators for the same period.
/// </summary>
public sealed record ShareOf(string Part, string Whole);

/// <summary>Which months an accumulated indicator sums, ending at the rated period.</summary>
public enum AccumulationWindow
{
    /// <summary>January of the rated year through the rated month: the sum restarts every January.</summary>
    YearToDate,

    /// <summary>The 12 months ending at the rated month.</summary>
    Rolling12,
}

/// <summary>
/// A yearly measure the commune reports month by month (staff trained, dossiers processed): the sum of the monthly values
/// of <paramref name="Of"/> (a count, or a ratio whose parts and wholes are both summed) over the window ending at the
/// rated period. Months not reported add nothing; with no month reported there is no value.
/// </summary>
public sealed record AccumulationOf(string Of, AccumulationWindow Over)
{
    /// <summary>How many months before the rated one can contribute: what a caller must load beyond it.</summary>
    public const int MaxLookBack = 11;

    /// <summary>The first month of the window that ends at <paramref name="period"/>.</summary>
    public Period FirstOf(Period period) => Over == AccumulationWindow.YearToDate ? new Period(period.Year, 1) : period.AddMonths(-MaxLookBack);
}

/// <summary>
/// A count the commune does not report as such but as a count of its own, normalised by its population: overdue
/// dossiers per 1,000 residents is <c>Of</c> = the overdue count, <c>Per</c> = 1,000. The population comes with the
/// commune (<see cref="CommuneInput.Population"/>). <c>Per</c> is a power of ten (1 to 100,000), so the value is exact.
/// </summary>
public sealed record PerCapitaOf(string Of, int Per)
{
    /// <summary>
    /// The whole a per-capita value is rated as a ratio of: population × 100 / per, so that part × 100 / whole is the
    /// count per <see cref="Per"/> residents and cut × whole / 100 is the count at the cut. Exact: per is a power of ten.
    /// </summary>
    internal decimal RatedWhole(decimal population) => population * 100m / Per;

    /// <summary>The population back from <see cref="RatedWhole"/>.</summary>
    internal decimal Population(decimal ratedWhole) => ratedWhole * Per / 100m;
}
