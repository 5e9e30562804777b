using System.Diagnostics;
using System.Globalization;
using DashboardKpi.Scoring.Bench.Ingest;
using DashboardKpi.Scoring.Bench.RulesEngineSide;
using DashboardKpi.Scoring.Engine.Evaluation;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// "--check": runs every benchmark's set-up and operation once and checks the results are sane, in about a
/// minute: the engine and RulesEngine agree on all 168 × 29 colours of every period, the rescores rate every
/// commune, the what-if finds changes, and both imports store all 100,000 rows. Exit code 1 on any failure.
/// </summary>
public static class SelfCheck
{
    public static async Task<int> RunAsync()
    {
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();

        var city = BenchData.Inputs(BenchData.CityCommunes, 12);
        var rulesEngine = new RulesEngineCity(BenchData.Rules);
        var compared = 0;
        foreach (var period in BenchData.Periods(12))
        {
            failures.AddRange(Agreement.Compare(BenchData.Rules, rulesEngine, city, period));
            compared += city.Count * BenchData.Rules.Criteria.Count;
        }

        Report($"engine vs RulesEngine: {compared:N0} (commune, criterion, period) colours compared over 12 periods");
        var sample = (await rulesEngine.EvaluateAsync(city, EngineVsRulesEngineBenchmarks.Period, EngineVsRulesEngineBenchmarks.Period.LastDay).ConfigureAwait(false))
            .First(r => r.Rating == Engine.Model.Rating.Red && r.CriterionCode.StartsWith('C'));
        var ours = Scorer.Score(BenchData.Rules, city.Single(c => c.CommuneCode == sample.CommuneCode), EngineVsRulesEngineBenchmarks.Period, EngineVsRulesEngineBenchmarks.Period.LastDay)
            .Criteria.Single(c => c.Code == sample.CriterionCode);
        Report($"  RulesEngine side: {sample.ExplanationEn}");
        Report($"  engine:           {ours.Reason.En} {string.Join(" ", ours.Gaps.Select(g => g.Action.En))}");

        var cityRescore = BenchData.Inputs(BenchData.CityCommunes, 24);
        var cityValues = RescoreBenchmarks.LayOut(cityRescore);
        var scored = BenchData.Periods(24).Sum(p => cityValues.Count(c => Rater.Rate(BenchData.Rules, c, p, p.LastDay).Overall is not null));
        Expect(scored == 168 * 24, $"city rescore rated {scored:N0} of {168 * 24:N0} commune-periods");
        var sameColours = BenchData.Periods(24).Sum(p => cityValues.Zip(cityRescore).Count(x =>
            Rater.Rate(BenchData.Rules, x.First, p, p.LastDay).Overall == Scorer.Score(BenchData.Rules, BenchData.Window([x.Second], p)[0], p, p.LastDay).Overall));
        Expect(sameColours == 168 * 24, $"rating from laid-out history and scoring the loaded window agree on {sameColours:N0} of {168 * 24:N0} commune-periods");

        var national = BenchData.Inputs(BenchData.NationalCommunes(), 12);
        var nationalValues = RescoreBenchmarks.LayOut(national);
        var nationalScored = BenchData.Periods(12).Sum(p => nationalValues.Count(c => Rater.Rate(BenchData.Rules, c, p, p.LastDay).Overall is not null));
        Expect(national.Count == BenchData.NationalUnits && nationalScored == BenchData.NationalUnits * 12,
            $"national rescore: {national.Count:N0} communes, rated {nationalScored:N0} of {BenchData.NationalUnits * 12:N0} commune-periods");

        var whatIf = WhatIf.Compare(BenchData.Rules, WhatIfBenchmarks.Candidate(), city, BenchData.Periods(12));
        var changed = whatIf.Sum(p => p.Changed.Count);
        Expect(changed > 0 && whatIf.All(p => p.After.Green <= p.Before.Green),
            $"what-if (C7 green 98 %, C2 wards 700): {changed} commune-periods change overall colour; July: {whatIf[0].Before} → {whatIf[0].After}");

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-bench-check-" + Guid.NewGuid().ToString("N"));
            try
            {
                var path = ReportFileFactory.Write(folder, format, IngestBenchmarks.Rows);
                await using var host = await BenchIngestHost.StartAsync().ConfigureAwait(false);
                var summary = await host.Importer.ImportFileAsync(path, Path.GetFileName(path), "bench", "bench", CancellationToken.None).ConfigureAwait(false);
                Expect(summary.ImportedCount == IngestBenchmarks.Rows && summary.QuarantinedCount == 0,
                    $"ingest {format}: {summary.Status}, {summary.ImportedCount:N0} imported, {summary.QuarantinedCount:N0} quarantined, periods {summary.Periods[0]}–{summary.Periods[^1]}");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Report(string.Create(CultureInfo.InvariantCulture, $"done in {watch.Elapsed.TotalSeconds:0} s; {failures.Count} failure(s)"));
        foreach (var failure in failures.Take(20))
        {
            Console.Error.WriteLine("FAIL " + failure);
        }

        return failures.Count == 0 ? 0 : 1;

        void Expect(bool ok, string what)
        {
            Report((ok ? "ok   " : "FAIL ") + what);
            if (!ok)
            {
                failures.Add(what);
            }
        }
    }

    private static void Report(string line) => Console.WriteLine(line);
}
