using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// The what-if keeps the stored values it read between requests; any write the pages would show must make it read
/// again, including one that removes values without adding a revision (removing the demo data).
/// </summary>
public class RuleSimulatorFreshnessTests
{
    private IngestHost _host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        // Imported first: the source removed below. Its revisions are not the newest, so removing them leaves the
        // highest revision id (the data snapshot id) where it was.
        await ImportAsync("demo.csv", "demo", "25747,2025-07,AV_UPDATED_MACHINES,17/40");   // red under the shipped 80 % yellow cut
        await ImportAsync("real.csv", "file", "25750,2025-07,AV_UPDATED_MACHINES,34/40");   // 85 %: yellow either way
    }

    [TearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task ImportAsync(string name, string source, string row) =>
        await _host.Get<IndicatorImporter>().ImportFileAsync(ReportFiles.WriteCsv(_host.Folder, name, [ReportFiles.LongHeader, row]), name, source, "test", CancellationToken.None);

    private static RuleSet LowerYellowCut()
    {
        var node = JsonNode.Parse(DashboardKpi.Scoring.Engine.ShippedRules.ReadText())!;
        node["criteria"]![7]!["threshold"]!["yellow"] = 40;
        return RuleSetReader.Read(node.ToJsonString()).RuleSet!;
    }

    private async Task<WhatIfPeriod> SimulateAsync() =>
        (await _host.Get<RuleSimulator>().SimulateAsync(LowerYellowCut(), [new Period(2025, 7)], CancellationToken.None)).Single();

    [Test]
    public async Task Simulate_AfterASourceIsRemoved_NoLongerRatesItsValues()
    {
        var indicators = _host.Get<IndicatorRepository>();
        var snapshotBefore = await indicators.GetDataSnapshotIdAsync(CancellationToken.None);
        Assert.That((await SimulateAsync()).Changed.Select(c => c.CommuneCode), Is.EqualTo(new[] { "25747" }), "the demo value moves 25747 from red to yellow");

        await indicators.DeleteSourceAsync("demo", CancellationToken.None);

        Assert.That(await indicators.GetDataSnapshotIdAsync(CancellationToken.None), Is.EqualTo(snapshotBefore),
            "the removal leaves the snapshot id as it was: the case a cache keyed on it gets wrong");
        Assert.That((await SimulateAsync()).Changed, Is.Empty, "25747 has no value left to rate");
    }

    [Test]
    public async Task Simulate_AfterAnImport_RatesTheNewValue()
    {
        await SimulateAsync();

        await ImportAsync("more.csv", "file", "25760,2025-07,AV_UPDATED_MACHINES,20/40");   // 50 %: red under 80, yellow under 40

        Assert.That((await SimulateAsync()).Changed.Select(c => c.CommuneCode), Is.EquivalentTo(new[] { "25747", "25760" }));
    }

    [Test]
    public async Task Simulate_AfterARevisedValue_MatchesASimulatorThatReadsEverything()
    {
        await SimulateAsync();

        await ImportAsync("revised.csv", "file", "25750,2025-07,AV_UPDATED_MACHINES,20/40");   // 85 % → 50 %: red, now moved by the draft

        var kept = await SimulateAsync();
        var readingEverything = (await new RuleSimulator(_host.Get<ActiveRules>(), _host.Get<IndicatorRepository>(), _host.Get<CommuneRepository>(), _host.Get<DbConnectionFactory>())
            .SimulateAsync(LowerYellowCut(), [new Period(2025, 7)], CancellationToken.None)).Single();
        Assert.That(kept.Changed.Select(c => c.CommuneCode), Is.EquivalentTo(new[] { "25747", "25750" }));
        Assert.That((kept.Before, kept.After), Is.EqualTo((readingEverything.Before, readingEverything.After)));
        Assert.That(kept.Changed.Select(c => (c.CommuneCode, c.Before, c.After)), Is.EqualTo(readingEverything.Changed.Select(c => (c.CommuneCode, c.Before, c.After))));
    }
}
