using System.Data.Common;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class IngestRunRepositoryTests(StorageProvider provider) : StorageTestBase(provider)
{
    private IngestRunRepository Runs => new(Connections);

    private static NewIngestRun NewRun(string sha256) =>
        new() { Source = "excel-drop", FileName = "Báo cáo tháng 10.xlsx", Sha256 = sha256, TriggeredBy = "pull-indicators:excel-drop", StartedAt = TestData.At, LeaseExpiresAt = TestData.At.AddSeconds(30) };

    [Test]
    public async Task CompleteAsync_RunningRun_StoresStatusCountsAndMessage()
    {
        var id = await Runs.StartAsync(NewRun(Sha256Hex.Of("complete")), CancellationToken.None);

        var completed = await Runs.CompleteAsync(id, new IngestRunCompletion
        {
            Status = IngestRunStatus.Succeeded,
            FinishedAt = TestData.At.AddMinutes(2),
            ImportedCount = 120,
            UpdatedCount = 3,
            UnchangedCount = 40,
            QuarantinedCount = 2,
            Message = "2 dòng bị cách ly",
        }, CancellationToken.None);

        var run = await Runs.FindAsync(id, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(completed, Is.True);
            Assert.That(run!.Status, Is.EqualTo(IngestRunStatus.Succeeded));
            Assert.That((run.ImportedCount, run.UpdatedCount, run.UnchangedCount, run.QuarantinedCount), Is.EqualTo((120, 3, 40, 2)));
            Assert.That(run.FinishedAt, Is.EqualTo(TestData.At.AddMinutes(2)));
            Assert.That(run.FileName, Is.EqualTo("Báo cáo tháng 10.xlsx"));
            Assert.That(run.Message, Is.EqualTo("2 dòng bị cách ly"));
        }
    }

    [Test]
    public async Task CompleteAsync_AlreadyCompleted_ReturnsFalseAndKeepsFirstOutcome()
    {
        var id = await Runs.StartAsync(NewRun(Sha256Hex.Of("twice")), CancellationToken.None);
        await Runs.CompleteAsync(id, new IngestRunCompletion { Status = IngestRunStatus.Failed, FinishedAt = TestData.At }, CancellationToken.None);

        var again = await Runs.CompleteAsync(id, new IngestRunCompletion { Status = IngestRunStatus.Succeeded, FinishedAt = TestData.At }, CancellationToken.None);

        Assert.That((again, (await Runs.FindAsync(id, CancellationToken.None))!.Status), Is.EqualTo((false, IngestRunStatus.Failed)));
    }

    [Test]
    public async Task FindCompletedBySha256Async_SameFileAgain_FindsTheEarlierSuccessfulRun()
    {
        var sha = Sha256Hex.Of("same file");
        var first = await Runs.StartAsync(NewRun(sha), CancellationToken.None);
        await Runs.CompleteAsync(first, new IngestRunCompletion { Status = IngestRunStatus.Succeeded, FinishedAt = TestData.At }, CancellationToken.None);

        var earlier = await Runs.FindCompletedBySha256Async("excel-drop", sha, CancellationToken.None);
        var otherSource = await Runs.FindCompletedBySha256Async("http-api", sha, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(earlier?.Id, Is.EqualTo(first));
            Assert.That(otherSource, Is.Null);
        }
    }

    [Test]
    public async Task CompleteAsync_SecondSuccessOfSameContent_IsRefusedByTheUniqueIndex()
    {
        var sha = Sha256Hex.Of("raced file");
        var first = await Runs.StartAsync(NewRun(sha), CancellationToken.None);
        var second = await Runs.StartAsync(NewRun(sha), CancellationToken.None);
        await Runs.CompleteAsync(first, new IngestRunCompletion { Status = IngestRunStatus.Succeeded, FinishedAt = TestData.At }, CancellationToken.None);

        var exception = await Assert.ThrowsAsync(Is.InstanceOf<DbException>(), async () =>
            await Runs.CompleteAsync(second, new IngestRunCompletion { Status = IngestRunStatus.Succeeded, FinishedAt = TestData.At }, CancellationToken.None));
        var asDuplicate = await Runs.CompleteAsync(second, new IngestRunCompletion { Status = IngestRunStatus.Duplicate, FinishedAt = TestData.At }, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SqlDialect.IsUniqueViolation((DbException)exception!), Is.True);
            Assert.That(asDuplicate, Is.True);
        }
    }

    [Test]
    public async Task ListQuarantinedRowsAsync_Pages_InRowOrderWithAllFields()
    {
        var id = await Runs.StartAsync(NewRun(Sha256Hex.Of("quarantine")), CancellationToken.None);
        var rows = Enumerable.Range(1, 5).Reverse().Select(n => new QuarantinedRow
        {
            RowNumber = n,
            RawContent = "99999;antivirus;2026-10;" + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReasonCode = "unknownCommune",
            MessageVi = "Mã xã/phường không tồn tại",
            MessageEn = "Unknown commune code",
            CommuneCode = "99999",
            IndicatorCode = "antivirus",
            Period = "2026-10",
        }).ToList();

        await Runs.AddQuarantinedRowsAsync(id, rows, CancellationToken.None);

        var page = await Runs.ListQuarantinedRowsAsync(id, 1, 2, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Select(r => r.RowNumber), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(page[0] with { Id = 0 }, Is.EqualTo(rows.Single(r => r.RowNumber == 2) with { RunId = id }));
        }
    }

    [Test]
    public async Task ListRecentAsync_Take_ReturnsNewestFirst()
    {
        var older = await Runs.StartAsync(NewRun(Sha256Hex.Of("older")), CancellationToken.None);
        var newer = await Runs.StartAsync(NewRun(Sha256Hex.Of("newer")), CancellationToken.None);

        var recent = await Runs.ListRecentAsync(2, CancellationToken.None);

        Assert.That(recent.Select(r => r.Id), Is.EqualTo(new[] { newer, older }));
    }
}
