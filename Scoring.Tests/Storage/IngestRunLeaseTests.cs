using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>
/// Run leases in the ledger: renewing keeps a run alive, a lapsed run is marked interrupted once, by one claimer, and
/// never after it completed. The tests share one database and a claim takes every lapsed run in it, so each test uses
/// its own year and looks only at its own runs.
/// </summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class IngestRunLeaseTests(StorageProvider provider) : StorageTestBase(provider)
{
    private IngestRunRepository Runs => new(Connections);

    private async Task<long> StartAsync(DateTimeOffset leaseExpiresAt, string name) => await Runs.StartAsync(new NewIngestRun
    {
        Source = "lease-test", FileName = name + ".csv", Sha256 = Sha256Hex.Of(name + Guid.NewGuid()), StartedAt = leaseExpiresAt.AddSeconds(-30), LeaseExpiresAt = leaseExpiresAt,
    }, CancellationToken.None);

    [Test]
    public async Task InterruptLapsedAsync_LapsedRun_IsInterruptedWithTimeAndMessage_LiveAndFinishedRunsAreLeftAlone()
    {
        var now = new DateTimeOffset(2031, 1, 10, 8, 0, 0, TimeSpan.Zero);
        var lapsed = await StartAsync(now.AddSeconds(-1), "lapsed");
        var live = await StartAsync(now.AddSeconds(20), "live");
        var finished = await StartAsync(now.AddSeconds(-60), "finished");
        await Runs.CompleteAsync(finished, new IngestRunCompletion { Status = IngestRunStatus.Succeeded, FinishedAt = now.AddSeconds(-61) }, CancellationToken.None);

        var claimed = await Runs.InterruptLapsedAsync(now, InterruptedRunMessage.Stored(now), CancellationToken.None);

        var (old, alive, done) = (await Runs.FindAsync(lapsed, CancellationToken.None), await Runs.FindAsync(live, CancellationToken.None), await Runs.FindAsync(finished, CancellationToken.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claimed, Does.Contain(lapsed).And.Not.Contain(live).And.Not.Contain(finished));
            Assert.That((old!.Status, old.FinishedAt), Is.EqualTo((IngestRunStatus.Interrupted, (DateTimeOffset?)now)));
            Assert.That(old.Message, Does.Contain("Lần nhập bị gián đoạn lúc 15:00:00 10/01/2031").And.Contain("The import was interrupted at 15:00:00 10/01/2031"));
            Assert.That(alive!.Status, Is.EqualTo(IngestRunStatus.Running));
            Assert.That(done!.Status, Is.EqualTo(IngestRunStatus.Succeeded));
        }
    }

    [Test]
    public async Task RenewLeaseAsync_RunningRun_KeepsItFromBeingInterrupted_AndAnEndedRunIsNotRenewed()
    {
        var now = new DateTimeOffset(2032, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var run = await StartAsync(now.AddSeconds(-5), "renewed");
        var ended = await StartAsync(now.AddSeconds(-5), "ended");
        await Runs.CompleteAsync(ended, new IngestRunCompletion { Status = IngestRunStatus.Failed, FinishedAt = now.AddSeconds(-6) }, CancellationToken.None);

        var renewed = await Runs.RenewLeaseAsync(run, now.AddSeconds(30), CancellationToken.None);
        var endedRenewed = await Runs.RenewLeaseAsync(ended, now.AddSeconds(30), CancellationToken.None);
        var claimed = await Runs.InterruptLapsedAsync(now, "interrupted", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((renewed, endedRenewed), Is.EqualTo((true, false)));
            Assert.That(claimed, Has.No.Member(run));
            Assert.That((await Runs.FindAsync(run, CancellationToken.None))!.LeaseExpiresAt, Is.EqualTo(now.AddSeconds(30)));
        }
    }

    [Test]
    public async Task CompleteAsync_InterruptedRun_IsRefused_SoALateImportCannotOverwriteTheClaim()
    {
        var now = new DateTimeOffset(2033, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var run = await StartAsync(now.AddSeconds(-1), "late");
        await Runs.InterruptLapsedAsync(now, "interrupted", CancellationToken.None);

        var completed = await Runs.CompleteAsync(run, new IngestRunCompletion { Status = IngestRunStatus.Succeeded, FinishedAt = now }, CancellationToken.None);
        var renewed = await Runs.RenewLeaseAsync(run, now.AddSeconds(30), CancellationToken.None);

        Assert.That((completed, renewed, (await Runs.FindAsync(run, CancellationToken.None))!.Status), Is.EqualTo((false, false, IngestRunStatus.Interrupted)));
    }

    [Test]
    public async Task InterruptLapsedAsync_TwoClaimersAtOnce_EachLapsedRunIsClaimedByExactlyOne()
    {
        // Several rounds, each with its own lapsed runs and its own "now", to give the two claimers many chances to overlap.
        for (var round = 0; round < 10; round++)
        {
            var now = new DateTimeOffset(2034, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(round);
            var lapsed = new List<long>();
            for (var n = 0; n < 5; n++)
            {
                lapsed.Add(await StartAsync(now.AddSeconds(-1 - n), $"race-{round}-{n}"));
            }

            using var start = new ManualResetEventSlim();
            var claimers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await new IngestRunRepository(Connections).InterruptLapsedAsync(now, "interrupted", CancellationToken.None);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(claimers);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(results[0].Intersect(results[1]), Is.Empty, $"round {round}: a run claimed twice");
                Assert.That(results[0].Concat(results[1]).Where(lapsed.Contains), Is.EquivalentTo(lapsed), $"round {round}: every lapsed run claimed");
            }
        }
    }

    [Test]
    public async Task StatusConstraint_AcceptsEveryStatusOfIngestRunStatus_AndRefusesOthers()
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        var insert = Provider == StorageProvider.SqlServer
            ? "INSERT INTO dbo.IngestRun (Source, Sha256, StartedAt, Status) VALUES (N'check-test', @Sha256, SYSDATETIMEOFFSET(), @Status)"
            : "INSERT INTO IngestRun (Source, Sha256, StartedAt, Status) VALUES ('check-test', @Sha256, '2026-11-30T00:00:00.0000000+00:00', @Status)";

        var refused = new List<string>();
        foreach (var status in IngestRunStatus.All.Concat(["cancelled", "Running", "", "interrupted "]))
        {
            try
            {
                await connection.ExecuteAsync(insert, new { Sha256 = Sha256Hex.Of(Guid.NewGuid().ToString()), Status = status });
            }
            catch (System.Data.Common.DbException)
            {
                refused.Add(status);
            }
        }

        Assert.That(refused, Is.EqualTo(new[] { "cancelled", "Running", "", "interrupted " }));
    }
}
