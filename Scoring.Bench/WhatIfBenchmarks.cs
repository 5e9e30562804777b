using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>A candidate rule set against the shipped one over 168 units × 12 periods, diff included.</summary>
public class WhatIfBenchmarks
{
    private List<CommuneInput> _communes = [];
    private IReadOnlyList<Period> _periods = [];
    private RuleSet _candidate = null!;
    private IReadOnlyList<CommuneValues> _laidOut = [];
    private CommuneRating[][] _inForce = [];

    [GlobalSetup]
    public void Setup()
    {
        _periods = BenchData.Periods(12);
        _communes = BenchData.Inputs(BenchData.CityCommunes, 12);
        _candidate = Candidate();
        _laidOut = [.. _communes.Select(c => CommuneValues.Of(BenchData.Rules, c))];
        _inForce = [.. _periods.Select(p => WhatIf.RateAll(BenchData.Rules, _laidOut, p, WhatIf.SeriesFrom(p)))];
    }

    [Benchmark(Description = "What-if: 168 × 12 periods, diff")]
    public IReadOnlyList<WhatIfPeriod> Compare() => WhatIf.Compare(BenchData.Rules, _candidate, _communes, _periods);

    /// <summary>
    /// What the form editor's live what-if does per request once the rules in force have rated the stored values
    /// (RuleSimulator keeps those per data snapshot): only the draft is rated, on the values already laid out.
    /// </summary>
    [Benchmark(Description = "What-if: 168 × 12 periods, draft only")]
    public int CompareDraftOnly()
    {
        var changed = 0;
        for (var i = 0; i < _periods.Count; i++)
        {
            var period = _periods[i];
            changed += WhatIf.Compare(_inForce[i], _candidate, WhatIf.LaidOutFor(_candidate, _laidOut, _communes), period, WhatIf.SeriesFrom(period)).Changed.Count;
        }

        return changed;
    }

    /// <summary>
    /// The shipped rules with the bar raised: C7's green cut at 98 % instead of 95 %, and the wards' C2 target at 700
    /// dossiers a month instead of 600. (Lowering one or two cuts changes no overall colour in the demo data: its yellow
    /// communes have six or more yellow criteria, so that diff would be empty.)
    /// </summary>
    public static RuleSet Candidate()
    {
        var node = JsonNode.Parse(ShippedRules.ReadText())!;
        node["version"] = node["version"]!.GetValue<int>() + 1;
        foreach (var criterion in node["criteria"]!.AsArray())
        {
            switch (criterion!["code"]!.GetValue<string>())
            {
                case "C7":
                    criterion["threshold"]!["green"] = 98;
                    break;
                case "C2":
                    criterion["threshold"]!["green"] = 700;
                    break;
            }
        }

        var read = RuleSetReader.Read(node.ToJsonString());
        return read.RuleSet ?? throw new InvalidOperationException("The candidate rules do not load: " + string.Join("; ", read.Errors.Select(e => $"{e.Path} {e.Code}")));
    }
}
