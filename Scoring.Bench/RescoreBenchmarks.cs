using BenchmarkDotNet.Attributes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// Whole rescores, warm, serial: the city, 168 units × 29 criteria × 24 periods, and the national scale, 3,321
/// synthetic communes (clones of the 168 with new codes) × 12 periods, one by one. Each commune's values are laid out once
/// (<see cref="CommuneValues"/>), as a rescore of many periods lays out what it loads; that step is measured on its
/// own, and so is the city with every sentence written.
/// </summary>
public class RescoreBenchmarks
{
    private List<CommuneInput> _cityInputs = [];
    private List<CommuneValues> _city = [];
    private List<CommuneValues> _national = [];

    [GlobalSetup(Targets = [nameof(City), nameof(CityLayOut), nameof(CityExplained)])]
    public void SetupCity()
    {
        _cityInputs = BenchData.Inputs(BenchData.CityCommunes, 24);
        _city = LayOut(_cityInputs);
    }

    [GlobalSetup(Targets = [nameof(National)])]
    public void SetupNational() => _national = LayOut(BenchData.Inputs(BenchData.NationalCommunes(), 12));

    [Benchmark(Description = "City: 168 × 29 × 24 periods, rated")]
    public int City() => Rate(_city, 24);

    [Benchmark(Description = "National: 3,321 × 29 × 12 periods, rated")]
    public int National() => Rate(_national, 12);

    [Benchmark(Description = "City: lay out 168 communes' values (24 periods)")]
    public List<CommuneValues> CityLayOut() => LayOut(_cityInputs);

    [Benchmark(Description = "City: 168 × 29 × 24 periods, rated + sentences")]
    public int CityExplained()
    {
        var green = 0;
        foreach (var period in BenchData.Periods(24))
        {
            foreach (var commune in _city)
            {
                green += Scorer.Explain(Rater.Rate(BenchData.Rules, commune, period, period.LastDay)).Overall == Rating.Green ? 1 : 0;
            }
        }

        return green;
    }

    public static List<CommuneValues> LayOut(List<CommuneInput> inputs) => [.. inputs.Select(c => CommuneValues.Of(BenchData.Rules, c))];

    /// <summary>Every period's ratings, as the rescore computes them; returns the greens so nothing is optimised away.</summary>
    public static int Rate(List<CommuneValues> communes, int periods)
    {
        var green = 0;
        foreach (var period in BenchData.Periods(periods))
        {
            foreach (var commune in communes)
            {
                green += Rater.Rate(BenchData.Rules, commune, period, period.LastDay).Overall == Rating.Green ? 1 : 0;
            }
        }

        return green;
    }
}
