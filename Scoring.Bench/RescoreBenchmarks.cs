using BenchmarkDotNet.Attributes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// Whole rescores, warm, serial (as the rescore job runs): the city, 168 units × 29 criteria × 24 periods, and the
/// national scale, 3,321 synthetic communes (clones of the 168 with new codes) × 12 periods.
/// </summary>
public class RescoreBenchmarks
{
    private List<CommuneInput> _city = [];
    private IReadOnlyList<Period> _cityPeriods = [];
    private List<CommuneInput> _national = [];
    private IReadOnlyList<Period> _nationalPeriods = [];

    [GlobalSetup(Target = nameof(City))]
    public void SetupCity()
    {
        _cityPeriods = BenchData.Periods(24);
        _city = BenchData.Inputs(BenchData.CityCommunes, 24);
    }

    [GlobalSetup(Target = nameof(National))]
    public void SetupNational()
    {
        _nationalPeriods = BenchData.Periods(12);
        _national = BenchData.Inputs(BenchData.NationalCommunes(), 12);
    }

    [Benchmark(Description = "City: 168 × 29 × 24 periods")]
    public int City() => Rescore(_city, _cityPeriods);

    [Benchmark(Description = "National: 3,321 × 29 × 12 periods")]
    public int National() => Rescore(_national, _nationalPeriods);

    /// <summary>Every period's scores, as the rescore job computes them; returns the greens so nothing is optimised away.</summary>
    public static int Rescore(IReadOnlyList<CommuneInput> communes, IReadOnlyList<Period> periods)
    {
        var green = 0;
        foreach (var period in periods)
        {
            green += Scorer.ScoreAll(BenchData.Rules, communes, period, period.LastDay).Count(s => s.Overall == Rating.Green);
        }

        return green;
    }
}
