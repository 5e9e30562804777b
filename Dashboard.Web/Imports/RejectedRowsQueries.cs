using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Pages.Data;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>The rows imports refused, with the reason and the raw content, to fix and upload again: the runs that have some, a page of one run's, or all of them as xlsx.</summary>
public sealed class RejectedRowsQueries(IngestRunRepository runs, Ui ui)
{
    public const int PageSize = 100;

    private const int DownloadBatch = 1000;

    public sealed record RowsPage(IngestRun Run, IReadOnlyList<QuarantinedRow> Rows, int Page, bool HasMore);

    public async Task<IReadOnlyList<IngestRun>> ListRunsWithRejectionsAsync(CancellationToken ct) =>
        (await runs.ListRecentAsync(HistoryModel.Take, ct)).Where(r => r.QuarantinedCount > 0).ToList();

    /// <summary>Page <paramref name="page"/> (from 1) of the run's rejected rows; null when there is no such run.</summary>
    public async Task<RowsPage?> PageAsync(long run, int page, CancellationToken ct)
    {
        if (await runs.FindAsync(run, ct) is not { } found)
        {
            return null;
        }

        page = Math.Max(1, page);
        var rows = await runs.ListQuarantinedRowsAsync(run, (page - 1) * PageSize, PageSize + 1, ct);
        return new RowsPage(found, rows.Take(PageSize).ToList(), page, rows.Count > PageSize);
    }

    /// <summary>All of a run's rejected rows as xlsx: text cells only, so a formula-looking raw value stays text. Null when there is no such run.</summary>
    public async Task<FileStreamResult?> DownloadAsync(long run, CancellationToken ct)
    {
        if (await runs.FindAsync(run, ct) is null)
        {
            return null;
        }

        var all = new List<QuarantinedRow>();
        for (var skip = 0; ; skip += DownloadBatch)
        {
            var batch = await runs.ListQuarantinedRowsAsync(run, skip, DownloadBatch, ct);
            all.AddRange(batch);
            if (batch.Count < DownloadBatch)
            {
                break;
            }
        }

        var header = new[] { ui["Rejected.Row"], ui["Unit"], ui["Period"], ui["Rejected.Indicator"], "Lý do", "Reason", ui["Rejected.ReasonCode"], ui["Rejected.Raw"] };
        return await XlsxFile.CreateAsync($"dong-bi-loai-{run}.xlsx", stream => XlsxWriter.WriteAsync(stream, "Dong bi loai " + run, header,
            all.Select(r => (IReadOnlyList<object?>)[r.RowNumber, r.CommuneCode, r.Period, r.IndicatorCode, r.MessageVi, r.MessageEn, r.ReasonCode, r.RawContent]), ct));
    }
}
