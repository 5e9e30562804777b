using System.Text.Json;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>
/// Per period, the last rescore: when, at which data snapshot and rule-set version, and what failed and why, outside
/// the Hangfire dashboard; and the lever to rescore a period again (audited).
/// </summary>
public sealed class RescoringModel(PeriodRescoreRepository repository, RescoreRequests requests, AuditLogRepository audit, TimeProvider clock, Ui ui) : PageModel
{
    public IReadOnlyList<PeriodRescore> Periods { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<RescoreFailure>> Failures { get; private set; } = new Dictionary<string, IReadOnlyList<RescoreFailure>>();

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Rescores one period again.</summary>
    public async Task<IActionResult> OnPostAsync(string? period, CancellationToken ct)
    {
        if (!Scoring.Engine.Model.Period.TryParse(period, out var parsed))
        {
            Error = ui.Format("BadPeriod", period);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        return await RequestAsync([parsed.ToString()], ct);
    }

    /// <summary>Rescores every period whose colours are not up to date.</summary>
    public async Task<IActionResult> OnPostStaleAsync(CancellationToken ct)
    {
        var stale = (await repository.ListAsync(ct)).Where(p => RescoreStates.Of(p) != RescoreState.UpToDate).Select(p => p.Period).ToList();
        if (stale.Count == 0)
        {
            Message = ui["Rescore.NothingStale"];
            return RedirectToPage();
        }

        return await RequestAsync(stale, ct);
    }

    private async Task<IActionResult> RequestAsync(IReadOnlyList<string> periods, CancellationToken ct)
    {
        var jobId = await requests.RequestAsync(periods, RescoreRequester.Admin, ct);
        await audit.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = User.UserName(),
            Action = "ratings.rescore",
            Subject = "periods:" + string.Join(",", periods),
            DetailJson = JsonSerializer.Serialize(new { periods, jobId }),
        }, ct);
        Message = ui.Format("Rescore.Queued", string.Join(", ", periods.Select(ui.Period)));
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Periods = await repository.ListAsync(ct);
        var failures = new Dictionary<string, IReadOnlyList<RescoreFailure>>(StringComparer.Ordinal);
        foreach (var period in Periods.Where(p => p.FailedCount > 0))
        {
            failures[period.Period] = await repository.ListFailuresAsync(period.Period, ct);
        }

        Failures = failures;
    }
}
