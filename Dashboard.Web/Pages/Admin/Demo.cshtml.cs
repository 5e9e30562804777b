using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>
/// Remove the labelled demo data in one action, once real reports arrive; the ratings are recomputed from what is left.
/// The removal moves the data-version stamp, so every node drops its cached pages (docs/caching.md).
/// </summary>
public sealed class DemoModel(DemoData demo, AuditLogRepository audit, TimeProvider clock, Ui ui) : PageModel
{
    public bool Present { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Present = await demo.IsPresentAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var removed = await demo.RemoveAsync(ct);
        await audit.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = User.UserName(),
            Action = "demo.remove",
            Subject = "demo",
            DetailJson = "{\"removedValues\":" + removed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
        }, ct);
        Message = ui["Demo.Removed"];
        return RedirectToPage();
    }
}
