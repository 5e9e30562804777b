using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>The rows an import refused, with the reason and the raw content, to fix and upload again.</summary>
public sealed class RejectedModel(IngestRunRepository runs, Ui ui) : PageModel
{
    public const int PageSize = 100;

    public IngestRun? Run { get; private set; }

    public IReadOnlyList<IngestRun> RunsWithRejections { get; private set; } = [];

    public IReadOnlyList<QuarantinedRow> Rows { get; private set; } = [];

    public new int Page { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? run, int page, CancellationToken ct)
    {
        if (run is not { } id)
        {
            RunsWithRejections = (await runs.ListRecentAsync(HistoryModel.Take, ct)).Where(r => r.QuarantinedCount > 0).ToList();
            return base.Page();
        }

        Run = await runs.FindAsync(id, ct);
        if (Run is null)
        {
            return NotFound();
        }

        Page = Math.Max(1, page);
        var rows = await runs.ListQuarantinedRowsAsync(id, (Page - 1) * PageSize, PageSize + 1, ct);
        HasMore = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
        return base.Page();
    }

    /// <summary>All of a run's rejected rows as xlsx: text cells only, so a formula-looking raw value stays text.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(long run, CancellationToken ct)
    {
        var found = await runs.FindAsync(run, ct);
        if (found is null)
        {
            return NotFound();
        }

        var all = new List<QuarantinedRow>();
        for (var skip = 0; ; skip += 1000)
        {
            var batch = await runs.ListQuarantinedRowsAsync(run, skip, 1000, ct);
            all.AddRange(batch);
            if (batch.Count < 1000)
            {
                break;
            }
        }

        var header = new[] { ui["Rejected.Row"], ui["Unit"], ui["Period"], ui["Rejected.Indicator"], "Lý do", "Reason", ui["Rejected.ReasonCode"], ui["Rejected.Raw"] };
        return await XlsxFile.CreateAsync($"dong-bi-loai-{run}.xlsx", stream => XlsxWriter.WriteAsync(stream, "Dong bi loai " + run, header,
            all.Select(r => (IReadOnlyList<object?>)[r.RowNumber, r.CommuneCode, r.Period, r.IndicatorCode, r.MessageVi, r.MessageEn, r.ReasonCode, r.RawContent]), ct));
    }
}
