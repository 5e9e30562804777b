using DashboardKpi.Scoring.Engine.Model;
using RulesEngine.Models;

namespace DashboardKpi.Scoring.Bench.RulesEngineSide;

/// <summary>
/// The 29 shipped criteria as one Microsoft RulesEngine workflow (2–4 lambda rules per criterion, one
/// <see cref="RuleInput"/> parameter per criterion), run once per commune. The colour is decided from the rule
/// results in the engine's order (no data, insufficient data, green, yellow, else red) and explained by
/// <see cref="Explanation"/>. The value lookup with carry-forward is done here too, as the engine does it.
/// </summary>
public sealed class RulesEngineCity
{
    public const string WorkflowName = "plan02-commune";

    private readonly RuleSet _rules;
    private readonly RulesEngine.RulesEngine _engine;
    private readonly List<(Criterion Criterion, int Offset, string[] RuleNames)> _plan = [];

    public RulesEngineCity(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        var workflowRules = new List<Rule>();
        foreach (var criterion in rules.Criteria)
        {
            var own = RuleExpressions.For(criterion, rules.Boundary).ToList();
            _plan.Add((criterion, workflowRules.Count, [.. own.Select(r => r.Name)]));
            workflowRules.AddRange(own.Select(r => new Rule
            {
                RuleName = criterion.Code + "." + r.Name,
                Expression = r.Expression,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            }));
        }

        Workflow = new Workflow { WorkflowName = WorkflowName, Rules = workflowRules };
        _engine = new RulesEngine.RulesEngine([Workflow], new ReSettings());
    }

    public Workflow Workflow { get; }

    /// <param name="explain">False leaves the sentences out: RulesEngine's own work only, the lower bound of its cost.</param>
    public async Task<List<RulesEngineResult>> EvaluateAsync(IReadOnlyList<CommuneInput> communes, Period period, DateOnly asOf, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var results = new List<RulesEngineResult>(communes.Count * _plan.Count);
        var found = new IndicatorValue?[_plan.Count];
        foreach (var commune in communes)
        {
            var values = new Dictionary<(string Code, Period Period), IndicatorValue>();
            foreach (var value in commune.Values)
            {
                values[(value.IndicatorCode, value.Period)] = value;
            }

            var parameters = new RuleParameter[_plan.Count];
            for (var i = 0; i < _plan.Count; i++)
            {
                var criterion = _plan[i].Criterion;
                found[i] = Find(values, criterion, period);
                parameters[i] = new RuleParameter(criterion.Code, Input(found[i], commune.UnitType, period, asOf));
            }

            var tree = await _engine.ExecuteAllRulesAsync(WorkflowName, parameters).ConfigureAwait(false);
            for (var i = 0; i < _plan.Count; i++)
            {
                var (criterion, offset, names) = _plan[i];
                bool Passed(string name)
                {
                    var index = offset + Array.IndexOf(names, name);
                    var result = tree[index];
                    return result.Rule.RuleName.EndsWith(name, StringComparison.Ordinal) && result.Rule.RuleName.StartsWith(criterion.Code, StringComparison.Ordinal)
                        ? result.IsSuccess
                        : throw new InvalidOperationException($"RulesEngine returned {result.Rule.RuleName} where {criterion.Code}.{name} was expected.");
                }

                var (outcome, rating) = Decide(criterion, names, Passed);
                var (threshold, _) = criterion.ThresholdFor(commune.UnitType, period);
                var (vi, en) = explain ? Explanation.Write(criterion, threshold, _rules.Boundary, found[i], outcome, rating, period) : ("", "");
                results.Add(new RulesEngineResult(commune.CommuneCode, criterion.Code, outcome, rating, vi, en));
            }
        }

        return results;
    }

    private static (Outcome, Rating?) Decide(Criterion criterion, string[] names, Func<string, bool> passed)
    {
        if (passed(RuleExpressions.NoData))
        {
            return criterion.Missing.Strategy == MissingValueStrategy.Red ? (Outcome.Rated, Rating.Red) : (Outcome.NoData, null);
        }

        if (names.Contains(RuleExpressions.Insufficient) && passed(RuleExpressions.Insufficient))
        {
            return (Outcome.InsufficientData, null);
        }

        if (passed(RuleExpressions.Green))
        {
            return (Outcome.Rated, Rating.Green);
        }

        return names.Contains(RuleExpressions.Yellow) && passed(RuleExpressions.Yellow) ? (Outcome.Rated, Rating.Yellow) : (Outcome.Rated, Rating.Red);
    }

    private static IndicatorValue? Find(Dictionary<(string Code, Period Period), IndicatorValue> values, Criterion criterion, Period period)
    {
        var code = criterion.Indicator.Code;
        if (values.TryGetValue((code, period), out var current))
        {
            return current;
        }

        if (criterion.Missing.Strategy == MissingValueStrategy.CarryForward)
        {
            for (var back = 1; back <= criterion.Missing.Periods; back++)
            {
                if (values.TryGetValue((code, period.AddMonths(-back)), out var earlier))
                {
                    return earlier;
                }
            }
        }

        return null;
    }

    private static RuleInput Input(IndicatorValue? value, UnitType unitType, Period period, DateOnly asOf) => new()
    {
        HasValue = value is not null,
        Number = value?.Number ?? 0m,
        Whole = value?.Whole ?? 0m,
        Flag = value?.Flag ?? false,
        Done = value?.Task == Engine.Model.TaskProgress.Done,
        CompletedOn = value?.CompletedOn?.DayNumber ?? int.MinValue,
        AsOf = asOf.DayNumber,
        UnitType = unitType.ToString(),
        PeriodIndex = RuleExpressions.Index(period),
    };
}
