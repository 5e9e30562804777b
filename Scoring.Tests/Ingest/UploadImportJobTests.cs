using System.Text;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Storage.Uploads;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Uploads as jobs on a real SQLite file and a real Hangfire server: the stored file is imported by the job, once
/// however often the job runs, with the summary kept for any node to show; an upload left behind by a stopped
/// process is imported when the next one starts.
/// </summary>
public class UploadImportJobTests
{
    private static readonly byte[] OneValue = Encoding.UTF8.GetBytes(ReportFiles.LongHeader + "\n25747,2025-07,AV_UPDATED_MACHINES,17/40\n");

    [Test]
    public async Task RunAsync_StoredUpload_ImportsItOnceKeepsTheSummaryAndEmptiesTheFile()
    {
        await using var host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var uploads = host.Get<FileUploadRepository>();
        var id = await uploads.InsertAsync("july.csv", OneValue, "steward1", DateTimeOffset.UtcNow, CancellationToken.None);

        await host.Get<UploadImportJob>().RunAsync(id, CancellationToken.None);
        await host.Get<UploadImportJob>().RunAsync(id, CancellationToken.None);   // Hangfire may run a job twice

        var upload = (await uploads.FindAsync(id, CancellationToken.None))!;
        var summary = UploadImportJob.ReadSummary(upload)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That((upload.Status, upload.Attempts, upload.SizeBytes), Is.EqualTo((FileUpload.Done, 1, (long)OneValue.Length)));
            Assert.That((summary.Status, summary.ImportedCount, summary.FileName, summary.Source), Is.EqualTo((IngestRunStatus.Succeeded, 1, "july.csv", UploadImporter.Source)));
            Assert.That(await uploads.FindContentAsync(id, CancellationToken.None), Is.Empty, "the file is not kept twice once imported");
            Assert.That(await host.Get<IndicatorRepository>().ListRevisionsAsync(new IndicatorKey("25747", "AV_UPDATED_MACHINES", new Period(2025, 7), UploadImporter.Source), CancellationToken.None),
                Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Start_WithAnUploadLeftRunningByAStoppedProcess_ImportsIt()
    {
        var first = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var uploads = first.Get<FileUploadRepository>();
        var id = await uploads.InsertAsync("july.csv", OneValue, "steward1", DateTimeOffset.UtcNow, CancellationToken.None);
        await uploads.StartAsync(id, DateTimeOffset.UtcNow, CancellationToken.None);   // the worker died here
        await first.StopKeepingFilesAsync();

        await using var second = await IngestHost.StartAsync(folder: first.Folder);

        await IngestHost.WaitUntilAsync(async () => (await second.Get<FileUploadRepository>().FindAsync(id, CancellationToken.None))!.Finished, "the upload imported after the restart");
        var upload = (await second.Get<FileUploadRepository>().FindAsync(id, CancellationToken.None))!;
        Assert.That((upload.Status, upload.Attempts, UploadImportJob.ReadSummary(upload)!.ImportedCount), Is.EqualTo((FileUpload.Done, 2, 1)));
    }
}
