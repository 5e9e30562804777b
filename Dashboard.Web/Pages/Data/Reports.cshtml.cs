using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>Upload a unit's narrative report (.docx/.pdf/.txt) for reading; the review page follows.</summary>
[UploadEndpoint]
public sealed class ReportsModel(NarrativeReportService service, NarrativeReportRepository reports, RatingsQueries ratings, Ui ui) : PageModel
{
    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<NarrativeReport> Recent { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? communeCode, string? period, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Error = ui["Import.NoFile"];
            await LoadAsync(ct);
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var outcome = await service.UploadAsync(stream, file.FileName, communeCode, period, User.UserName(), ct);
        if (outcome.Report is null)
        {
            Error = ui.Language == DashboardKpi.Scoring.Engine.Model.Language.En ? outcome.MessageEn : outcome.MessageVi;
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage("/Data/ReportReview", new { id = outcome.Report.Id, duplicate = outcome.Duplicate ? true : (bool?)null });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Communes = (await ratings.ListCommunesAsync(ct)).OrderBy(c => SearchText.Fold(c.Name), StringComparer.Ordinal).ToList();
        Recent = await reports.ListRecentAsync(50, ct);
    }
}
