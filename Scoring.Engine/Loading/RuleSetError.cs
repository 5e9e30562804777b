namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>One problem in a rule file, as data: where (JSON path), what (a stable code) and the message in vi and en.</summary>
public sealed record RuleSetError(string Path, string Code, string MessageVi, string MessageEn);
