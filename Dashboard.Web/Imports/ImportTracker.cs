using System.Collections.Concurrent;
using DashboardKpi.Ingest.Jobs.Importing;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>
/// Uploads running in the background, so a long import shows progress instead of a browser spinning on a POST.
/// In memory on purpose: the durable record of every import is the ledger (IngestRun); this only bridges the few
/// seconds until the summary exists. Entries are kept for an hour.
/// </summary>
public sealed class ImportTracker(UploadImporter importer, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ImportTracker> logger)
{
    private readonly ConcurrentDictionary<Guid, TrackedImport> _imports = new();

    public sealed record TrackedImport(Guid Id, string FileName, string UserName, DateTimeOffset StartedAt, Task<ImportSummary> Task)
    {
        public bool IsDone => Task.IsCompleted;

        public ImportSummary? Summary => Task.IsCompletedSuccessfully ? Task.Result : null;
    }

    /// <summary>Copies the upload to memory (the request ends before the import does) and starts it.</summary>
    public async Task<TrackedImport> StartAsync(IFormFile file, string userName, CancellationToken ct)
    {
        Prune();
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var name = Path.GetFileName(file.FileName);
        var task = Task.Run(async () =>
        {
            await using (buffer)
            {
                try
                {
                    return await importer.ImportAsync(buffer, name, userName, lifetime.ApplicationStopping);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Upload of {FileName} by {UserName} failed.", name, userName);
                    throw;
                }
            }
        }, CancellationToken.None);
        var tracked = new TrackedImport(Guid.NewGuid(), name, userName, clock.GetUtcNow(), task);
        _imports[tracked.Id] = tracked;
        return tracked;
    }

    /// <summary>The import, if it exists and was started by this user.</summary>
    public TrackedImport? Find(Guid id, string userName) =>
        _imports.TryGetValue(id, out var tracked) && tracked.UserName == userName ? tracked : null;

    private void Prune()
    {
        foreach (var (id, tracked) in _imports)
        {
            if (tracked.IsDone && clock.GetUtcNow() - tracked.StartedAt > TimeSpan.FromHours(1))
            {
                _imports.TryRemove(id, out _);
            }
        }
    }
}
