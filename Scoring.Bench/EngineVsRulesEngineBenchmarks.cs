using BenchmarkDotNet.Attributes;
using DashboardKpi.Scoring.Bench.RulesEngineSide;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// One full evaluation of the city (168 communes × 29 criteria, one period), warm, explanations included, by our
/// engine and by Microsoft RulesEngine running the same thresholds as lambda rules, on the values the rescore loads
/// for the period (December 2025 and the two months before it, for carry-forward). The Ratio column is
/// RulesEngine's time over ours, measured in the same run.
/// </summary>
public class EngineVsRulesEngineBenchmarks
{
    public static readonly Period Period = new(2025, 12);

    private List<CommuneInput> _communes = [];
    private RulesEngineCity _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _communes = BenchData.Window(BenchData.Inputs(BenchData.CityCommunes, periods: 12), Period);
        _rulesEngine = new RulesEngineCity(BenchData.Rules);

        // Warms both sides and refuses to measure two sides that disagree.
        var disagreements = Agreement.Compare(BenchData.Rules, _rulesEngine, _communes, Period);
        if (disagreements.Count > 0)
        {
            throw new InvalidOperationException("Engine and RulesEngine disagree: " + string.Join("; ", disagreements.Take(5)));
        }
    }

    [Benchmark(Baseline = true, Description = "Engine: 168 × 29, explained")]
    public IReadOnlyList<CommuneScore> Engine() => Scorer.ScoreAll(BenchData.Rules, _communes, Period, Period.LastDay);

    [Benchmark(Description = "RulesEngine: 168 × 29, explained")]
    public Task<List<RulesEngineResult>> RulesEngine() => _rulesEngine.EvaluateAsync(_communes, Period, Period.LastDay);
}
