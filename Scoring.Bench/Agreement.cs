using DashboardKpi.Scoring.Bench.RulesEngineSide;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>Checks that the engine and the RulesEngine side give every (commune, criterion) the same outcome and colour.</summary>
public static class Agreement
{
    public static List<string> Compare(RuleSet rules, RulesEngineCity rulesEngine, IReadOnlyList<CommuneInput> communes, Period period)
    {
        ArgumentNullException.ThrowIfNull(rulesEngine);
        var ours = Scorer.ScoreAll(rules, communes, period, period.LastDay)
            .SelectMany(s => s.Criteria.Select(c => (Key: (s.CommuneCode, c.Code), c.Outcome, c.Rating)))
            .ToDictionary(x => x.Key, x => (x.Outcome, x.Rating));
        var theirs = rulesEngine.EvaluateAsync(communes, period, period.LastDay).GetAwaiter().GetResult();

        var disagreements = theirs
            .Where(r => !ours.TryGetValue((r.CommuneCode, r.CriterionCode), out var o) || o != (r.Outcome, r.Rating))
            .Select(r => $"{period} {r.CommuneCode} {r.CriterionCode}: engine {ours.GetValueOrDefault((r.CommuneCode, r.CriterionCode))}, RulesEngine ({r.Outcome}, {r.Rating})")
            .ToList();
        if (theirs.Count != ours.Count)
        {
            disagreements.Add($"{period}: engine rated {ours.Count} criteria, RulesEngine {theirs.Count}");
        }

        return disagreements;
    }
}
