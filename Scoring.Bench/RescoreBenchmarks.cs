using BenchmarkDotNet.Attributes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// Whole rescores, warm, serial (as the rescore job runs), each period on the values the job loads for it: the city, 168 units × 29 criteria × 24 periods, and the
/// national scale, 3,321 synthetic communes (clones of the 168 with new codes) × 12 periods.
/// </summary>
public class RescoreBenchmarks
{
    private List<(Period Period, List<CommuneInput> Communes)> _city = [];
    private List<(Period Period, List<CommuneInput> Communes)> _national = [];

    [GlobalSetup(Target = nameof(City))]
    public void SetupCity() => _city = Windows(BenchData.Inputs(BenchData.CityCommunes, 24), 24);

    [GlobalSetup(Target = nameof(National))]
    public void SetupNational() => _national = Windows(BenchData.Inputs(BenchData.NationalCommunes(), 12), 12);

    [Benchmark(Description = "City: 168 × 29 × 24 periods")]
    public int City() => Rescore(_city);

    [Benchmark(Description = "National: 3,321 × 29 × 12 periods")]
    public int National() => Rescore(_national);

    /// <summary>
    /// Per period, the values the rescore job loads from storage (the period and its carry-forward window); loading
    /// them is the database's work and is not measured here.
    /// </summary>
    public static List<(Period Period, List<CommuneInput> Communes)> Windows(List<CommuneInput> inputs, int periods) =>
        [.. BenchData.Periods(periods).Select(p => (p, BenchData.Window(inputs, p)))];

    /// <summary>Every period's scores, as the rescore job computes them; returns the greens so nothing is optimised away.</summary>
    public static int Rescore(List<(Period Period, List<CommuneInput> Communes)> windows)
    {
        var green = 0;
        foreach (var (period, communes) in windows)
        {
            green += Scorer.ScoreAll(BenchData.Rules, communes, period, period.LastDay).Count(s => s.Overall == Rating.Green);
        }

        return green;
    }
}
