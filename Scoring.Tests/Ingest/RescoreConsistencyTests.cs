using System.Globalization;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Random valid values of every indicator kind, with the edge cases that once stopped rescoring (a zero part, part =
/// whole, a whole below the minimum denominator, a missing value), imported for several periods through the real
/// pipeline and rescored by the real Hangfire server: every period ends up rescored, and every stored colour equals a
/// fresh evaluation of the stored data.
/// </summary>
public sealed class RescoreConsistencyTests
{
    private static readonly string[] Periods = ["2025-07", "2025-08", "2025-09"];

    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IngestHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase(20251130)]
    [TestCase(7)]
    public async Task RandomValidValues_EveryPeriodRescored_AndEveryStoredColourEqualsAFreshEvaluation(int seed)
    {
        var random = new Random(seed);
        var rules = await _host.Get<ActiveRules>().GetLatestAsync(CancellationToken.None);
        var communes = (await _host.Get<CommuneRepository>().ListAsync(CancellationToken.None)).Select(c => c.Code).ToList();
        var rows = Periods
            .SelectMany(period => communes.SelectMany(code => rules.Indicators
                .Where(indicator => !indicator.IsComputed) // computed indicators are never reported
                .Where(_ => random.Next(10) > 0) // about one value in ten missing
                .Select(indicator => $"{code},{period},{indicator.Code},{Value(indicator, rules, random)}")))
            .ToList();
        var file = ReportFiles.WriteCsv(_host.Folder, $"random-{seed}.csv", [ReportFiles.LongHeader, .. rows]);

        var summary = await _host.Get<IndicatorImporter>().ImportFileAsync(file, $"random-{seed}.csv", "file", "test", CancellationToken.None);

        Assert.That(summary.QuarantinedCount, Is.Zero, "every generated value is valid");
        var status = _host.Get<PeriodRescoreRepository>();
        await IngestHost.WaitUntilAsync(async () =>
        {
            foreach (var period in Periods)
            {
                if (RescoreStates.Of(await status.FindAsync(Scoring.Engine.Model.Period.Parse(period), CancellationToken.None)) != RescoreState.UpToDate)
                {
                    return false;
                }
            }

            return true;
        }, "every period rescored by the job the import queued");

        var directory = await CommuneDirectory.LoadAsync(_host.Get<CommuneRepository>(), CancellationToken.None);
        var dataSnapshotId = await _host.Get<IndicatorRepository>().GetDataSnapshotIdAsync(CancellationToken.None);
        foreach (var period in Periods)
        {
            var recorded = await status.FindAsync(Scoring.Engine.Model.Period.Parse(period), CancellationToken.None);
            var fresh = (await _host.Get<Rescorer>().ScoreAsync(rules, directory, Scoring.Engine.Model.Period.Parse(period), dataSnapshotId, CancellationToken.None)).ToDictionary(s => s.CommuneCode);
            var stored = await _host.Get<RatingSnapshotRepository>().ListLatestForPeriodAsync(Scoring.Engine.Model.Period.Parse(period), CancellationToken.None);
            using (Assert.EnterMultipleScope())
            {
                Assert.That((recorded!.Status, recorded.FailedCount), Is.EqualTo((PeriodRescoreStatus.Succeeded, 0)), period);
                Assert.That(stored, Has.Count.EqualTo(communes.Count), period);
                foreach (var snapshot in stored)
                {
                    var score = fresh[snapshot.CommuneCode];
                    Assert.That(snapshot.ResultJson, Is.EqualTo(ScoreJson.Serialize(score)), $"{period} {snapshot.CommuneCode}");
                    Assert.That(snapshot.Overall, Is.EqualTo(RatingColours.Of(score.Overall)));
                    Assert.That(snapshot.Criteria.Select(c => c.Rating), Is.EqualTo(score.Criteria.Select(c => RatingColours.Of(c.Outcome, c.Rating))));
                }
            }
        }
    }

    /// <summary>A valid value of the indicator's kind, edge cases often.</summary>
    private static string Value(Indicator indicator, RuleSet rules, Random random)
    {
        var max = (int)Math.Min(indicator.SaneMax ?? 5_000, 5_000);
        switch (indicator.Kind)
        {
            case IndicatorKind.Ratio:
                var minimum = (int)(rules.Criteria.Where(c => c.Indicator.Code == indicator.Code).Select(c => c.MinDenominator).Max() ?? 1);
                var whole = random.Next(4) switch
                {
                    0 => random.Next(1, Math.Max(minimum, 2)), // below (or at) the minimum denominator
                    _ => random.Next(1, Math.Min(max, 200) + 1),
                };
                var part = random.Next(4) switch { 0 => 0, 1 => whole, _ => random.Next(0, whole + 1) };
                return $"{part}/{whole}";
            case IndicatorKind.Count:
                return random.Next(5) == 0 ? "0" : random.Next(0, max + 1).ToString(CultureInfo.InvariantCulture);
            case IndicatorKind.Percentage:
                return random.Next(5) switch { 0 => "0", 1 => "100", _ => (random.Next(0, 1001) / 10m).ToString(CultureInfo.InvariantCulture) };
            case IndicatorKind.YesNo:
                return random.Next(2) == 0 ? "có" : "không";
            case IndicatorKind.Task:
                return random.Next(3) switch
                {
                    0 => "hoàn thành " + new DateOnly(2025, 6, 1).AddDays(random.Next(0, 120)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    1 => "đang thực hiện",
                    _ => "chưa thực hiện",
                };
            default:
                throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Kind, "a kind this generator does not know yet");
        }
    }
}
