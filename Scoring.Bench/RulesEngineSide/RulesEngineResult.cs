using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench.RulesEngineSide;

/// <summary>One criterion of one commune as the RulesEngine side rates it, with its explanation in Vietnamese and English.</summary>
public sealed record RulesEngineResult(string CommuneCode, string CriterionCode, Outcome Outcome, Rating? Rating, string ExplanationVi, string ExplanationEn);
