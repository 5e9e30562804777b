using BenchmarkDotNet.Attributes;
using DashboardKpi.Scoring.Bench.RulesEngineSide;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// One full evaluation of the city (168 communes × 29 criteria, one period), warm, by our engine and by Microsoft
/// RulesEngine running the same thresholds as lambda rules, on the values the rescore loads for the period (December
/// 2025 and the two months before it, for carry-forward). Every method starts from the same <see cref="CommuneInput"/>s,
/// so laying out the values is measured on both sides. The Ratio column is each method's time over the engine's rating.
/// </summary>
public class EngineVsRulesEngineBenchmarks
{
    public static readonly Period Period = new(2025, 12);

    private List<CommuneInput> _communes = [];
    private RulesEngineCity _rulesEngine = null!;

    [GlobalSetup(Targets = [nameof(EngineRated), nameof(EngineSentences)])]
    public void SetupEngine() => _communes = BenchData.Window(BenchData.Inputs(BenchData.CityCommunes, periods: 12), Period);

    /// <remarks>
    /// Only the RulesEngine rows depend on the two sides agreeing, so only they refuse to start when they do not (the
    /// generated lambdas know no computed indicator: a year-to-date sum, a per-capita rate or a share).
    /// </remarks>
    [GlobalSetup(Targets = [nameof(RulesEngineColours), nameof(RulesEngineSentences)])]
    public void Setup()
    {
        SetupEngine();
        _rulesEngine = new RulesEngineCity(BenchData.Rules);

        // Warms both sides and refuses to measure two sides that disagree.
        var disagreements = Agreement.Compare(BenchData.Rules, _rulesEngine, _communes, Period);
        if (disagreements.Count > 0)
        {
            throw new InvalidOperationException("Engine and RulesEngine disagree: " + string.Join("; ", disagreements.Take(5)));
        }
    }

    /// <summary>
    /// Colours per criterion and overall, with the facts that explain them: the value used, the cuts applied, the exact
    /// amount to each better colour. The amounts are worked out when asked, so this asks for every one of them.
    /// </summary>
    [Benchmark(Baseline = true, Description = "Engine: rated and explained (facts)")]
    public int EngineRated()
    {
        var checksum = 0;
        foreach (var commune in _communes)
        {
            var rating = Rater.Rate(BenchData.Rules, commune, Period, Period.LastDay);
            checksum += rating.GreenCount;
            foreach (ref readonly var criterion in rating.Criteria)
            {
                checksum += (criterion.ToYellow is null ? 0 : 1) + (criterion.ToGreen is null ? 0 : 1);
            }
        }

        return checksum;
    }

    /// <summary>As above, plus every sentence in Vietnamese and English, the overall reason and the path to green.</summary>
    [Benchmark(Description = "Engine: rated, explained, vi + en sentences")]
    public IReadOnlyList<CommuneScore> EngineSentences() => Scorer.ScoreAll(BenchData.Rules, _communes, Period, Period.LastDay);

    /// <summary>RulesEngine's colours only: its lambdas and result trees, no explanation at all (its lower bound).</summary>
    [Benchmark(Description = "RulesEngine: colours only")]
    public Task<List<RulesEngineResult>> RulesEngineColours() => _rulesEngine.EvaluateAsync(_communes, Period, Period.LastDay, explain: false);

    /// <summary>RulesEngine's colours with a vi + en explanation per criterion (value, cuts, amounts), written by hand.</summary>
    [Benchmark(Description = "RulesEngine: colours, vi + en sentences")]
    public Task<List<RulesEngineResult>> RulesEngineSentences() => _rulesEngine.EvaluateAsync(_communes, Period, Period.LastDay);
}
