using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Scheduling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>
/// The month's checklist of narrative reports: all units with missing / uploaded / confirmed, filterable by status and
/// name, so the steward sees who has not reported by the fifth; per report, the indicators it does not mention.
/// </summary>
public sealed class ReportChecklistModel(ReportChecklist checklist, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public bool BadPeriod { get; private set; }

    public ReportChecklist.Result? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var shown = Scoring.Engine.Model.Period.Of(VietnamTime.Today(clock)).AddMonths(-1);
        if (string.IsNullOrWhiteSpace(Period))
        {
            Period = shown.ToString();
        }
        else if (!Scoring.Engine.Model.Period.TryParse(Period, out shown))
        {
            BadPeriod = true;
            return;
        }

        if (!ReportChecklist.Statuses.Contains(Status ?? ""))
        {
            Status = null;
        }

        Result = await checklist.BuildAsync(shown, Status, Q, ct);
    }
}
