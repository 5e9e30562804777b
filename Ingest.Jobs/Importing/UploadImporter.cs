using DashboardKpi.Ingest.Jobs.Reports;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// Runs an uploaded file through the same pipeline as the file drop: saved to a temp file (the importer hashes and
/// re-reads it), imported with source "upload", then deleted. Wrong files are not refused here: the pipeline
/// rejects them with a reason the steward reads in the summary.
/// </summary>
public sealed class UploadImporter(IndicatorImporter importer)
{
    public const string Source = "upload";
    public const string ManualSource = "manual";

    public async Task<ImportSummary> ImportAsync(Stream content, string fileName, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var safeName = Path.GetFileName(fileName);
        var extension = Path.GetExtension(safeName).ToLowerInvariant();
        var path = Path.Combine(Path.GetTempPath(), "dashboardkpi-upload-" + Guid.NewGuid().ToString("N") + (extension.Length <= 10 ? extension : ""));
        try
        {
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, ct);
            }

            return await importer.ImportFileAsync(path, safeName, Source, userName, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One value typed into the manual entry form.</summary>
    public async Task<ImportSummary> ImportManualAsync(string communeCode, string period, string indicatorCode, string value, string userName, CancellationToken ct)
    {
        var raw = string.Join(",", communeCode, period, indicatorCode, value);
        var row = new RawRow(2, communeCode.Trim(), period.Trim(), indicatorCode.Trim(), value.Trim(), raw);
        return await importer.ImportRowsAsync([row], ManualSource, null, userName, ct);
    }

    public static bool IsAccepted(string fileName) => ReportFileReader.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());
}
