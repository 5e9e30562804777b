namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>What the scorer needs about one commune: its type and the values reported (current and earlier periods).</summary>
/// <param name="Population">
/// The unit's population from reference data, for per-capita indicators (<see cref="PerCapitaOf"/>); null when not known,
/// and then those indicators have no value. Data like the values: the engine reads no reference data of its own.
/// </param>
public sealed record CommuneInput(string CommuneCode, UnitType UnitType, IReadOnlyList<IndicatorValue> Values, ReferencePopulation? Population = null);

/// <summary>
/// A unit's population and where it comes from, e.g. 45,000 and "dân số 31/12/2024 theo công văn 2896/BNV-CQĐP": named in
/// explanations and pinned in the stored result, so that a later population update never changes a past colour silently.
/// </summary>
public sealed record ReferencePopulation(decimal Residents, LocalizedText Source);
