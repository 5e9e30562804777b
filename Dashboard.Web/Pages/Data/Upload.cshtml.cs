using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>Upload a monthly report (xlsx/csv) and read what the import did; the template to fill comes from here too.</summary>
[UploadEndpoint]
public sealed class UploadModel(UploadQueue queue, ActiveRules rules, RatingsQueries ratings, TimeProvider clock, Ui ui) : PageModel
{
    public UploadQueue.TrackedUpload? Job { get; private set; }

    public TimeSpan Elapsed => Job?.Upload.StartedAt is { } started ? clock.GetUtcNow() - started : TimeSpan.Zero;

    public string? Error { get; private set; }

    public string TemplatePeriod { get; private set; } = "";

    public async Task OnGetAsync(long? upload, CancellationToken ct)
    {
        Job = upload is { } id ? await queue.FindAsync(id, User.UserName(), ct) : null;
        TemplatePeriod = DefaultPeriod();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        TemplatePeriod = DefaultPeriod();
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

    public async Task<IActionResult> OnGetTemplateAsync(string? period, CancellationToken ct)
    {
        var chosen = Scoring.Engine.Model.Period.TryParse(period, out _) ? period! : DefaultPeriod();
        var ruleSet = (await rules.FindForPeriodAsync(chosen, ct))?.Rules ?? await rules.GetLatestAsync(ct);
        var communes = await ratings.ListCommunesAsync(ct);
        return await XlsxFile.CreateAsync($"mau-bao-cao-{chosen}.xlsx", stream => WideTemplate.WriteAsync(ruleSet, communes, chosen, stream, ct));
    }

    /// <summary>Last month: reports are filled after the month ends.</summary>
    private string DefaultPeriod()
    {
        var today = Ingest.Jobs.Scheduling.VietnamTime.Today(clock);
        return Scoring.Engine.Model.Period.Of(today).AddMonths(-1).ToString();
    }
}
