using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Uploads;
using Hangfire;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>
/// Uploads as jobs: the file is stored in the database and its import queued for whichever node runs jobs (this
/// one in the embedded setup, the worker when there are several nodes), so no import depends on the web process that
/// received the file, and every node shows its state and outcome.
/// </summary>
public sealed class UploadQueue(FileUploadRepository uploads, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>An upload as the page shows it: its state and, once done, the import's summary.</summary>
    public sealed record TrackedUpload(FileUpload Upload, ImportSummary? Summary)
    {
        public bool IsDone => Upload.Finished;
    }

    /// <summary>Stores the file (already size-limited by the request) and queues its import; returns the upload's id.</summary>
    public async Task<long> StartAsync(IFormFile file, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var id = await uploads.InsertAsync(Path.GetFileName(file.FileName), buffer.ToArray(), userName, clock.GetUtcNow(), ct);
        jobs.Enqueue<UploadImportJob>(job => job.RunAsync(id, CancellationToken.None));
        return id;
    }

    /// <summary>Waits up to <paramref name="patience"/> for the import to finish: most files take a second or two.</summary>
    public async Task WaitAsync(long id, TimeSpan patience, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + patience;
        while (clock.GetUtcNow() < until && await uploads.FindAsync(id, ct) is { Finished: false })
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, ct);
        }
    }

    /// <summary>The upload, if it exists and was sent by this user.</summary>
    public async Task<TrackedUpload?> FindAsync(long id, string userName, CancellationToken ct) =>
        await uploads.FindAsync(id, ct) is { } upload && upload.UploadedBy == userName
            ? new TrackedUpload(upload, UploadImportJob.ReadSummary(upload))
            : null;
}
