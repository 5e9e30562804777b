using System.Globalization;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Leases with a real host (SQLite, the node's own lapsed-run check running every heartbeat) and a short lease: heartbeat
/// 0.25 s, lease 2 s (not shorter: on a busy 2-core machine the whole test process was seen to stall for 0.7-1 s). An
/// import that pauses for three leases is still alive when it resumes, whether it pauses before
/// its write transaction (the heartbeat renews the lease from its own connection) or inside it (on SQLite nobody can
/// write, so nobody can mark it, and the run completes in the transaction of its data). An import whose run was marked
/// interrupted meanwhile stores nothing.
/// </summary>
public class RunLeaseImportTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);
    private static readonly string[] Communes = ["25747", "25750", "25777", "25780", "26740"];
    private static readonly string[] Indicators = ["AV_UPDATED_MACHINES", "STAFF_TRAINED"];
    private const int ChunkSize = 3;

    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Jobs:RunLease:HeartbeatSeconds"] = "0.25",
            ["Jobs:RunLease:LeaseSeconds"] = Lease.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        });
        _host.Get<IndicatorImporter>().ChunkSize = ChunkSize;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase(0, TestName = "LiveImport_PausedLongerThanTheLeaseBeforeItsTransaction_IsNotInterrupted")]
    [TestCase(ChunkSize + 1, TestName = "LiveImport_PausedLongerThanTheLeaseInsideItsWriteTransaction_IsNotInterrupted")]
    public async Task LiveImport_PausedLongerThanTheLease_IsNotInterrupted(int pauseAfterRows)
    {
        var source = "lease-live-" + pauseAfterRows.ToString(CultureInfo.InvariantCulture);
        using var paused = new ManualResetEventSlim();
        using var resume = new ManualResetEventSlim();

        var import = Task.Run(() => _host.Get<IndicatorImporter>().ImportAsync(
            Sha256Hex.Of(source), "long.csv", source, "test", () => Rows(pauseAfterRows, paused, resume), CancellationToken.None));
        await WaitForAsync(paused);
        var runId = (await _host.Get<IngestRunRepository>().ListRecentAsync(1, CancellationToken.None))[0].Id;

        // Three leases: the node's check (every heartbeat) would have marked a run without a heartbeat long before.
        await Task.Delay(Lease * 3);
        var whilePaused = await _host.Get<IngestRunRepository>().FindAsync(runId, CancellationToken.None);
        resume.Set();
        var summary = await import;

        var run = await _host.Get<IngestRunRepository>().FindAsync(runId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(whilePaused!.Status, Is.EqualTo(IngestRunStatus.Running));
            Assert.That((summary.RunId, summary.Status, summary.ImportedCount), Is.EqualTo((runId, IngestRunStatus.Succeeded, Communes.Length * Indicators.Length)));
            Assert.That((run!.Status, run.ImportedCount), Is.EqualTo((IngestRunStatus.Succeeded, Communes.Length * Indicators.Length)));
            Assert.That(await _host.Get<IndicatorRepository>().CountForSourceAsync(source, CancellationToken.None), Is.EqualTo(Communes.Length * Indicators.Length));
        }

        if (pauseAfterRows == 0)
        {
            // Outside a write transaction the heartbeat's renewals are visible to every node.
            Assert.That(whilePaused.LeaseExpiresAt, Is.GreaterThan(whilePaused.StartedAt + Lease * 2), "the heartbeat moved the lease on");
        }
    }

    [Test]
    public async Task Import_WhoseRunWasMarkedInterruptedMeanwhile_StoresNothingAndSaysInterrupted()
    {
        const string source = "lease-lost";
        using var paused = new ManualResetEventSlim();
        using var resume = new ManualResetEventSlim();

        var import = Task.Run(() => _host.Get<IndicatorImporter>().ImportAsync(
            Sha256Hex.Of(source), "lost.csv", source, "test", () => Rows(0, paused, resume), CancellationToken.None));
        await WaitForAsync(paused);
        var runId = (await _host.Get<IngestRunRepository>().ListRecentAsync(1, CancellationToken.None))[0].Id;

        // As another node would if this process's heartbeats had not reached the database for a whole lease: the claim
        // of a check running an hour from now, when the lease has surely lapsed.
        var claimed = await _host.Get<IngestRunRepository>().InterruptLapsedAsync(DateTimeOffset.UtcNow.AddHours(1), "claimed by the test", CancellationToken.None);
        resume.Set();
        var summary = await import;

        var run = await _host.Get<IngestRunRepository>().FindAsync(runId, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed, Is.EqualTo(new[] { runId }));
            Assert.That((summary.Status, summary.ImportedCount), Is.EqualTo((IngestRunStatus.Interrupted, 0)));
            Assert.That(summary.MessageVi, Does.StartWith("Lần nhập bị gián đoạn"));
            Assert.That(summary.MessageEn, Does.StartWith("The import was interrupted"));
            Assert.That((run!.Status, run.Message), Is.EqualTo((IngestRunStatus.Interrupted, "claimed by the test")), "the claim stands");
            Assert.That(await _host.Get<IndicatorRepository>().CountForSourceAsync(source, CancellationToken.None), Is.Zero, "the data was rolled back");
        }
    }

    /// <summary>Ten valid rows; after <paramref name="pauseAfterRows"/> of them, signals and waits to be resumed.</summary>
    private static IEnumerable<RawRow> Rows(int pauseAfterRows, ManualResetEventSlim paused, ManualResetEventSlim resume)
    {
        var number = 1;
        foreach (var commune in Communes)
        {
            foreach (var indicator in Indicators)
            {
                if (number - 1 == pauseAfterRows)
                {
                    paused.Set();
                    resume.Wait(TimeSpan.FromSeconds(60));
                }

                number++;
                var value = string.Create(CultureInfo.InvariantCulture, $"{number}/40");
                yield return new RawRow(number, commune, "2025-11", indicator, value, $"{commune},2025-11,{indicator},{value}");
            }
        }
    }

    private static async Task WaitForAsync(ManualResetEventSlim signal) =>
        await IngestHost.WaitUntilAsync(() => Task.FromResult(signal.IsSet), "the import to reach its pause", seconds: 30);
}
