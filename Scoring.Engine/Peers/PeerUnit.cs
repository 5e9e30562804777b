using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Peers;

/// <summary>What peer grouping needs about a unit: its type and population (reference data, passed in).</summary>
public sealed record PeerUnit(string Code, UnitType Type, decimal Population);
