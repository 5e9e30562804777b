using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>One value typed in by a steward, validated and stored by the same pipeline as a file (source "manual").</summary>
public sealed class ManualModel(UploadImporter importer, RatingsQueries ratings, ActiveRules rules) : PageModel
{
    [BindProperty]
    public string CommuneCode { get; set; } = "";

    [BindProperty]
    public string Period { get; set; } = "";

    [BindProperty]
    public string IndicatorCode { get; set; } = "";

    [BindProperty]
    public string Value { get; set; } = "";

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public ImportSummary? Summary { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Summary = await importer.ImportManualAsync(CommuneCode ?? "", Period ?? "", IndicatorCode ?? "", Value ?? "", User.UserName(), ct);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Communes = (await ratings.ListCommunesAsync(ct)).OrderBy(c => SearchText.Fold(c.Name), StringComparer.Ordinal).ToList();
        Indicators = (await rules.GetLatestAsync(ct)).Indicators;
    }
}
