using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Rescoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>
/// Per period, the last rescore: when, at which data snapshot and rule-set version, and what failed and why, outside
/// the Hangfire dashboard; and the lever to rescore a period again (audited).
/// </summary>
public sealed class RescoringModel(RescoringAdmin admin, Ui ui) : PageModel
{
    public RescoringAdmin.Overview Overview { get; private set; } = RescoringAdmin.Overview.Empty;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Overview = await admin.LoadAsync(ct);

    /// <summary>Rescores one period again.</summary>
    public async Task<IActionResult> OnPostAsync(string? period, CancellationToken ct)
    {
        if ((Error = BadPeriod.Check(this, period ?? "", ui, out var asked)) is not null || asked is not { } chosen)
        {
            Overview = await admin.LoadAsync(ct);
            return Page();
        }

        Message = await admin.RequestAsync([chosen], User.UserName(), ct);
        return RedirectToPage();
    }

    /// <summary>Rescores every period whose colours are not up to date.</summary>
    public async Task<IActionResult> OnPostStaleAsync(CancellationToken ct)
    {
        Message = await admin.RequestAsync(await admin.ListStaleAsync(ct), User.UserName(), ct);
        return RedirectToPage();
    }
}
