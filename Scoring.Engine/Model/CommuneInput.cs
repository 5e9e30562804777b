namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>What the scorer needs about one commune: its type and the values reported (current and earlier periods).</summary>
public sealed record CommuneInput(string CommuneCode, UnitType UnitType, IReadOnlyList<IndicatorValue> Values);
