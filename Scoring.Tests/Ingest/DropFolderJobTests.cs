using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using Hangfire;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>A real Hangfire server picks dropped reports up through the recurring job, archives them and rescores.</summary>
public class DropFolderJobTests
{
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IngestHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task DroppedCsvAndXlsx_AreImportedArchivedAndRescoredByTheRecurringJob()
    {
        ReportFiles.WriteCsv(_host.DropFolder, "01-long.csv",
            [ReportFiles.LongHeader, "25747,2025-07,AV_UPDATED_MACHINES,17/40", "25747,2025-07,ONLINE_DOSSIERS,1.117"], bom: true);
        ReportFiles.WriteXlsx(_host.DropFolder, "02-wide.xlsx",
            ["Mã đơn vị [commune_code]", "Kỳ báo cáo [period]", "Chữ ký số [STAFF_DIGITAL_SIGNATURE]"],
            [["25750", "2025-07", "20/20"]]);

        _host.Get<IRecurringJobManager>().Trigger(PullIndicatorsJob.DropFolderJobId);

        var archive = Path.Combine(_host.DropFolder, "archive");
        await IngestHost.WaitUntilAsync(() => Task.FromResult(Directory.Exists(archive) && Directory.GetFiles(archive).Length == 2), "both files archived");
        var snapshots = _host.Get<RatingSnapshotRepository>();
        await IngestHost.WaitUntilAsync(async () => await snapshots.FindLatestAsync("25747", new Period(2025, 7), CancellationToken.None) is not null, "the rescore job stored a rating");

        var runs = await _host.Get<IngestRunRepository>().ListRecentAsync(10, CancellationToken.None);
        Assert.That(Directory.GetFiles(_host.DropFolder), Is.Empty);
        Assert.That(Directory.GetFiles(archive).Select(Path.GetFileName), Is.EquivalentTo(runs.Select(r => $"{r.Id}_{r.FileName}")));
        Assert.That(runs.Select(r => (r.FileName, r.Status, r.ImportedCount)), Is.EquivalentTo(new[] { ("01-long.csv", "succeeded", 2), ("02-wide.xlsx", "succeeded", 1) }));
        var rating = await snapshots.FindLatestAsync("25747", new Period(2025, 7), CancellationToken.None);
        Assert.That(rating!.Overall, Is.EqualTo(RatingColour.Red), "17/40 antivirus is a red critical criterion");
        Assert.That(rating.ResultJson, Does.Contain("Cài đặt, cập nhật phần mềm phòng, chống mã độc cho thêm 21 máy tính để đạt mức xanh"));
    }

    [Test]
    public async Task UnreadableDroppedFile_MovesToRejectedWithItsReasonBeside()
    {
        File.WriteAllText(Path.Combine(_host.DropFolder, "notes.csv"), "hello,world\n1,2\n");

        _host.Get<IRecurringJobManager>().Trigger(PullIndicatorsJob.DropFolderJobId);

        var reason = Path.Combine(_host.DropFolder, "rejected", "notes.csv.reason.txt");
        await IngestHost.WaitUntilAsync(() => Task.FromResult(File.Exists(reason)), "the file rejected with a reason");
        var text = await File.ReadAllTextAsync(reason);
        Assert.That(text, Does.Contain("Không nhận ra mẫu báo cáo").And.Contain("Unrecognised report layout"));
        var run = (await _host.Get<IngestRunRepository>().ListRecentAsync(10, CancellationToken.None)).Single(r => r.FileName == "notes.csv");
        Assert.That((run.Status, run.ImportedCount), Is.EqualTo(("failed", 0)));
        Assert.That(File.Exists(Path.Combine(_host.DropFolder, "notes.csv")), Is.False, "a rejected file leaves the drop folder so it is not retried forever");
    }
}
