using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>
/// The steward's review of one narrative report: its proposals and scan, the units and indicator names to choose from,
/// and the proposals the rule set in force for the chosen period does not rate (imported, they would be quarantined).
/// </summary>
public sealed class ReportReviewQueries(NarrativeReportService service, RatingsQueries ratings, ActiveRules rules, Ui ui)
{
    /// <param name="RulesVersionInForce">The rule set version in force for the period, or null when none is (or no period is chosen yet).</param>
    public sealed record View(
        NarrativeReport Report, StoredReading Reading, ReportScan? Scan, IReadOnlyList<Commune> Communes,
        IReadOnlyDictionary<string, string> IndicatorNames, string? CommuneCode, string? Period, IReadOnlyList<string> NotInRules, int? RulesVersionInForce);

    /// <summary>The report, with the unit and period chosen on the form (else the report's own); null when there is no such report.</summary>
    public async Task<View?> LoadAsync(long id, string? communeCode, string? period, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } report)
        {
            return null;
        }

        var reading = NarrativeReportService.ReadingOf(report);
        var communes = (await ratings.ListCommunesAsync(ct)).OrderBy(c => SearchText.Fold(c.Name), StringComparer.Ordinal).ToList();
        var names = (await rules.GetLatestAsync(ct)).Indicators.ToDictionary(i => i.Code, i => ui.Text(i.Name), StringComparer.Ordinal);
        period ??= report.Period?.ToString();
        var (notInRules, inForce) = await CheckAgainstRulesInForceAsync(reading, period, ct);
        return new View(report, reading, await service.FindScanAsync(id, ct), communes, names, communeCode ?? report.CommuneCode, period, notInRules, inForce);
    }

    /// <summary>Imports the accepted values like any import: the summary, or the reason in the reader's language.</summary>
    public async Task<(ImportSummary? Summary, string? Error)> ConfirmAsync(
        long id, IEnumerable<NarrativeReportService.AcceptedValue> accepted, string? communeCode, string? period, string userName, CancellationToken ct)
    {
        var outcome = await service.ConfirmAsync(id, accepted.ToList(), communeCode, period, userName, ct);
        return (outcome.Summary, outcome.Summary is null ? (ui.Language == Language.En ? outcome.MessageEn : outcome.MessageVi) : null);
    }

    private async Task<(IReadOnlyList<string> NotInRules, int? InForce)> CheckAgainstRulesInForceAsync(StoredReading reading, string? period, CancellationToken ct)
    {
        if (!Period.TryParse(period, out var asked))
        {
            return ([], null);
        }

        var proposed = reading.Proposals.Where(p => p.Value is not null).Select(p => p.IndicatorCode).Distinct(StringComparer.Ordinal);
        var inForce = await rules.FindForPeriodAsync(asked, ct);
        var rated = inForce?.Rules.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        return (proposed.Where(code => !rated.Contains(code)).ToList(), inForce?.Version.Version);
    }
}
