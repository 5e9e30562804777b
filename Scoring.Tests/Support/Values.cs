using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Short builders for commune inputs and one-criterion scoring in tests.</summary>
public static class Values
{
    public static readonly Period July2025 = new(2025, 7);

    public static readonly DateOnly EndOfJuly2025 = new(2025, 7, 31);

    public static CommuneInput Commune(UnitType type, params IndicatorValue[] values) => new("26734", type, values);

    public static CommuneInput Ward(params IndicatorValue[] values) => Commune(UnitType.Phuong, values);

    public static CommuneScore Score(RuleSet rules, CommuneInput commune, Period? period = null, DateOnly? asOf = null) =>
        Scorer.Score(rules, commune, period ?? July2025, asOf ?? EndOfJuly2025);

    public static CriterionResult Criterion(CommuneScore score, string code) => score.Criteria.Single(c => c.Code == code);
}
