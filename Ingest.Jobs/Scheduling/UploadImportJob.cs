using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Storage.Uploads;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// Imports an uploaded file on whichever node runs jobs: the bytes read from FileUpload, the same pipeline as every
/// import, the summary stored so every node shows it. A worker that dies mid-import leaves the upload running and
/// its ledger run with a lapsing lease (marked interrupted); the job runs again (Hangfire requeues it, or the next
/// start queues it again on the in-memory store) and imports the file once, as nothing of the dead attempt was committed.
/// </summary>
public sealed class UploadImportJob(FileUploadRepository uploads, UploadImporter importer, TimeProvider clock, ILogger<UploadImportJob> logger)
{
    /// <summary>The summary as stored: tuples (quarantine reasons) are fields, so fields are included.</summary>
    public static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web) { IncludeFields = true };

    /// <summary>A failure is the answer (the steward reads it and uploads again), not a fault to retry.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long uploadId, CancellationToken ct)
    {
        var upload = await uploads.FindAsync(uploadId, ct).ConfigureAwait(false);
        if (upload is null || upload.Finished || !await uploads.StartAsync(uploadId, clock.GetUtcNow(), ct).ConfigureAwait(false)
            || await uploads.FindContentAsync(uploadId, ct).ConfigureAwait(false) is not { } content)
        {
            return;
        }

        try
        {
            await using var stream = new MemoryStream(content, writable: false);
            var summary = await importer.ImportAsync(stream, upload.FileName, upload.UploadedBy, ct).ConfigureAwait(false);
            await uploads.FinishAsync(uploadId, FileUpload.Done, JsonSerializer.Serialize(summary, SummaryJson), null, null, clock.GetUtcNow(), ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Import of upload {UploadId} ({FileName}) failed.", uploadId, upload.FileName);
            await uploads.FinishAsync(uploadId, FileUpload.Failed, null,
                "Nhập tệp gặp lỗi trên máy chủ; không có gì được lưu. Hãy báo quản trị viên (số tệp tải lên ở trên).",
                "The import failed on the server; nothing was stored. Tell an administrator (the upload number is above).",
                clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The stored summary of a finished upload, or null.</summary>
    public static ImportSummary? ReadSummary(FileUpload upload) =>
        upload?.Summary is { } json ? JsonSerializer.Deserialize<ImportSummary>(json, SummaryJson) : null;
}
