using System.Globalization;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// Imports every report waiting in the drop folder, oldest name first. A processed file moves to archive/ named
/// with its run id; an unreadable one moves to rejected/ with a .reason.txt beside it. A file only moves after
/// its run is recorded, so a crash in between leaves it in place and the next run (a no-op by hash) moves it. A run
/// that was interrupted (its lease lapsed, nothing stored) leaves the file in place too, to be imported again.
/// </summary>
public sealed partial class DropFolderImporter(IndicatorImporter importer, JobsOptions options, TimeProvider clock, ILogger<DropFolderImporter> logger)
{
    public const string Source = "file";

    public async Task<IReadOnlyList<ImportSummary>> ImportWaitingAsync(CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.DropFolder.Path);
        Directory.CreateDirectory(folder);
        var settled = clock.GetUtcNow().UtcDateTime.AddSeconds(-options.DropFolder.SettleSeconds);
        var waiting = Directory.EnumerateFiles(folder)
            .Where(f => !Path.GetFileName(f).StartsWith('~') && !Path.GetFileName(f).StartsWith('.'))
            .Where(f => File.GetLastWriteTimeUtc(f) <= settled)
            .Order(StringComparer.Ordinal)
            .ToList();

        var summaries = new List<ImportSummary>();
        foreach (var path in waiting)
        {
            var name = Path.GetFileName(path);
            var summary = await importer.ImportFileAsync(path, name, Source, "job:drop-folder", ct).ConfigureAwait(false);
            if (summary.Status == IngestRunStatus.Interrupted)
            {
                // Nothing of it was stored: the file waits in the folder for the next run.
            }
            else if (summary.Status == IngestRunStatus.Failed)
            {
                var rejected = Destination(folder, "rejected", name);
                File.Move(path, rejected);
                await File.WriteAllTextAsync(rejected + ".reason.txt", $"{summary.MessageVi}\n{summary.MessageEn}\n", ct).ConfigureAwait(false);
            }
            else
            {
                File.Move(path, Destination(folder, "archive", string.Create(CultureInfo.InvariantCulture, $"{summary.RunId}_{name}")));
            }

            LogImported(name, summary.Status, summary.ImportedCount, summary.UpdatedCount, summary.UnchangedCount, summary.QuarantinedCount);
            summaries.Add(summary);
        }

        return summaries;
    }

    private static string Destination(string folder, string subfolder, string name)
    {
        var directory = Path.Combine(folder, subfolder);
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, name);
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}"));
        }

        return target;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Drop folder: {File} {Status}: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Quarantined} quarantined")]
    private partial void LogImported(string file, string status, int imported, int updated, int unchanged, int quarantined);
}
