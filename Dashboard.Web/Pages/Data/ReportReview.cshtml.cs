using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Ingest.Jobs.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>
/// The steward's review of one report: every proposal with its sentence (the value highlighted), editable, accepted
/// or not; what was not found and why; then confirm, which imports the accepted values like any import.
/// </summary>
public sealed class ReportReviewModel(ReportReviewQueries review) : PageModel
{
    public sealed class Item
    {
        public string Code { get; set; } = "";
        public string? Value { get; set; }
        public bool Accept { get; set; }
    }

    [BindProperty]
    public List<Item> Items { get; set; } = [];

    [BindProperty]
    public string? CommuneCode { get; set; }

    [BindProperty]
    public string? Period { get; set; }

    public ReportReviewQueries.View? View { get; private set; }

    public bool Duplicate { get; private set; }

    public string? Error { get; private set; }

    public ImportSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, bool? duplicate, CancellationToken ct)
    {
        Duplicate = duplicate == true;
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var accepted = Items.Where(i => i.Accept && !string.IsNullOrWhiteSpace(i.Value)).Select(i => new NarrativeReportService.AcceptedValue(i.Code, i.Value!));
        (Summary, Error) = await review.ConfirmAsync(id, accepted, CommuneCode, Period, User.UserName(), ct);
        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken ct)
    {
        View = await review.LoadAsync(id, CommuneCode, Period, ct);
        (CommuneCode, Period) = (View?.CommuneCode, View?.Period);
        return View is null ? NotFound() : Page();
    }
}
