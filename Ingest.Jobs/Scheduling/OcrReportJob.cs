using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Reports.Ocr;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// Reads a scanned report with OCR: page by page, the progress stored after each page (so every node shows it),
/// then the text handed to the report reader like any report's. A limit hit, a damaged image or a page without text
/// ends it as failed with the reason in both languages; that is the answer, not a fault, so it is not retried.
/// </summary>
public sealed class OcrReportJob(ReportScanRepository scans, OcrEngine engine, NarrativeReportService reports, TimeProvider clock, ILogger<OcrReportJob> logger)
{
    /// <summary>A report has at least this many letters; fewer is a page with no text (blank, a photo, far too blurred).</summary>
    private const int MinLetters = 40;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long reportId, CancellationToken ct)
    {
        var scan = await scans.FindAsync(reportId, ct).ConfigureAwait(false);
        if (scan is null || scan.Finished || !await scans.StartAsync(reportId, clock.GetUtcNow(), ct).ConfigureAwait(false)
            || await scans.FindContentAsync(reportId, ct).ConfigureAwait(false) is not { } content)
        {
            return;
        }

        var info = new ScanInfo(Enum.Parse<ScanKind>(scan.Kind, ignoreCase: true), scan.PagesTotal);
        try
        {
            var text = await engine.ReadAsync(content, info, done => scans.ProgressAsync(reportId, done, ct), ct).ConfigureAwait(false);
            if (text.Count(char.IsLetter) < MinLetters)
            {
                await scans.FinishAsync(reportId, ReportScan.Failed, text, "ocr.noText",
                    $"Không nhận dạng được chữ trên {info.Pages} trang: ảnh trống, quá mờ hoặc không phải văn bản. Hãy quét lại rõ hơn (300 dpi) hoặc gửi bản có chữ.",
                    $"No text was recognised on the {info.Pages} page(s): the image is blank, too blurred or not a document. Scan it again more clearly (300 dpi) or send a copy with text.",
                    clock.GetUtcNow(), ct).ConfigureAwait(false);
                return;
            }

            await reports.CompleteScanAsync(reportId, text, ct).ConfigureAwait(false);
            await scans.FinishAsync(reportId, ReportScan.Done, text, null, null, null, clock.GetUtcNow(), ct).ConfigureAwait(false);
        }
        catch (ReportFileRejectedException rejected)
        {
            await scans.FinishAsync(reportId, ReportScan.Failed, null, rejected.Code, rejected.MessageVi, rejected.MessageEn, clock.GetUtcNow(), ct).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "OCR of report {ReportId} failed.", reportId);
            await scans.FinishAsync(reportId, ReportScan.Failed, null, "ocr.failed",
                "Nhận dạng chữ gặp lỗi trên máy chủ; không có gì được lưu. Hãy báo quản trị viên (số báo cáo ở trên).",
                "OCR failed on the server; nothing was stored. Tell an administrator (the report number is above).",
                clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
    }
}
