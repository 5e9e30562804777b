using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>Upload a monthly report (xlsx/csv) and read what the import did; the template to fill comes from here too.</summary>
[UploadEndpoint]
public sealed class UploadModel(ImportTracker tracker, ReportTemplate template, TimeProvider clock, Ui ui) : PageModel
{
    public ImportTracker.TrackedImport? Job { get; private set; }

    public TimeSpan Elapsed => Job is null ? TimeSpan.Zero : clock.GetUtcNow() - Job.StartedAt;

    public string? Error { get; private set; }

    public string TemplatePeriod => template.DefaultPeriod();

    public void OnGet(Guid? job) => Job = job is { } id ? tracker.Find(id, User.UserName()) : null;

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Error = ui["Import.NoFile"];
            return Page();
        }

        var started = await tracker.StartAsync(file, User.UserName(), ct);

        // Most files take a second or two: wait that long so the summary shows at once; longer ones show progress.
        await Task.WhenAny(started.Task, Task.Delay(TimeSpan.FromSeconds(3), ct));
        return RedirectToPage(new { job = started.Id });
    }

    public Task<FileStreamResult> OnGetTemplateAsync(string? period, CancellationToken ct) => template.DownloadAsync(period, ct);
}
