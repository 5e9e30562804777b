using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>Upload a monthly report (xlsx/csv) and read what the import did; the template to fill comes from here too.</summary>
[UploadEndpoint]
public sealed class UploadModel(UploadQueue queue, ReportTemplate template, TimeProvider clock, Ui ui) : PageModel
{
    public UploadQueue.TrackedUpload? Job { get; private set; }

    public TimeSpan Elapsed => Job?.Upload.StartedAt is { } started ? clock.GetUtcNow() - started : TimeSpan.Zero;

    public string? Error { get; private set; }

    public Scoring.Engine.Model.Period TemplatePeriod => template.DefaultPeriod();

    public async Task OnGetAsync(long? upload, CancellationToken ct) =>
        Job = upload is { } id ? await queue.FindAsync(id, User.UserName(), ct) : null;

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Error = ui["Import.NoFile"];
            return Page();
        }

        var id = await queue.StartAsync(file, User.UserName(), ct);

        // Most files take a second or two: wait that long so the summary shows at once; longer ones show progress.
        await queue.WaitAsync(id, TimeSpan.FromSeconds(3), ct);
        return RedirectToPage(new { upload = id });
    }

    /// <summary>A period that is none (typed by hand) gets the default month's template, as the form suggests it.</summary>
    public Task<FileStreamResult> OnGetTemplateAsync(string? period, CancellationToken ct) =>
        template.DownloadAsync(Scoring.Engine.Model.Period.TryParse(period, out var asked) ? asked : null, ct);
}
