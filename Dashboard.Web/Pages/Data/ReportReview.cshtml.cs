using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Data;

/// <summary>
/// The steward's review of one report: every proposal with its sentence (the value highlighted), editable, accepted
/// or not; what was not found and why; then confirm, which imports the accepted values like any import.
/// </summary>
public sealed class ReportReviewModel(NarrativeReportService service, RatingsQueries ratings, ActiveRules rules, Ui ui) : PageModel
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

    public NarrativeReport? Report { get; private set; }

    public StoredReading? Reading { get; private set; }

    /// <summary>The scan behind the report, when it was one: OCR status, progress, reason, text.</summary>
    public ReportScan? Scan { get; private set; }

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    public IReadOnlyDictionary<string, string> IndicatorNames { get; private set; } = new Dictionary<string, string>();

    public bool Duplicate { get; private set; }

    public string? Error { get; private set; }

    public ImportSummary? Summary { get; private set; }

    /// <summary>Proposed indicators the rule set in force for the report's period does not rate (imported, they would be quarantined).</summary>
    public IReadOnlyList<string> NotInRules { get; private set; } = [];

    /// <summary>The rule set version in force for the period, or null when none is (or no period is chosen yet).</summary>
    public int? RulesVersionInForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, bool? duplicate, CancellationToken ct)
    {
        Duplicate = duplicate == true;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var accepted = Items.Where(i => i.Accept && !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => new NarrativeReportService.AcceptedValue(i.Code, i.Value!)).ToList();
        var outcome = await service.ConfirmAsync(id, accepted, CommuneCode, Period, User.UserName(), ct);
        Summary = outcome.Summary;
        Error = outcome.Summary is null ? (ui.Language == DashboardKpi.Scoring.Engine.Model.Language.En ? outcome.MessageEn : outcome.MessageVi) : null;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Report = await service.FindAsync(id, ct);
        if (Report is null)
        {
            return false;
        }

        Reading = NarrativeReportService.ReadingOf(Report);
        Scan = await service.FindScanAsync(id, ct);
        Communes = (await ratings.ListCommunesAsync(ct)).OrderBy(c => SearchText.Fold(c.Name), StringComparer.Ordinal).ToList();
        IndicatorNames = (await rules.GetLatestAsync(ct)).Indicators.ToDictionary(i => i.Code, i => ui.Text(i.Name), StringComparer.Ordinal);
        CommuneCode ??= Report.CommuneCode;
        Period ??= Report.Period;
        await CheckAgainstRulesInForceAsync(ct);
        return true;
    }

    private async Task CheckAgainstRulesInForceAsync(CancellationToken ct)
    {
        var proposed = Reading!.Proposals.Where(p => p.Value is not null).Select(p => p.IndicatorCode).Distinct(StringComparer.Ordinal).ToList();
        if (!DashboardKpi.Scoring.Engine.Model.Period.TryParse(Period, out _))
        {
            return;
        }

        var inForce = await rules.FindForPeriodAsync(Period!, ct);
        RulesVersionInForce = inForce?.Version.Version;
        var rated = inForce?.Rules.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        NotInRules = proposed.Where(code => !rated.Contains(code)).ToList();
    }
}
