using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>
/// The month's checklist of narrative reports: every unit with its status (missing / uploaded / confirmed) and, for a
/// uploaded report, the reported (non-computed) indicators of the period's rule set it gives no value for.
/// </summary>
public sealed class ReportChecklist(NarrativeReportRepository reports, RatingsQueries ratings, ActiveRules rules)
{
    public const string Missing = "missing";
    public const string Uploaded = "uploaded";
    public const string Confirmed = "confirmed";

    public static IReadOnlyList<string> Statuses { get; } = [Missing, Uploaded, Confirmed];

    public sealed record Row(Commune Commune, string Status, long? ReportId, string? FileName, DateTimeOffset? UploadedAt, IReadOnlyList<Indicator> Unmentioned);

    /// <summary>All units (the counts are over these) and the rows left after the status and name filters.</summary>
    public sealed record Result(Period Period, IReadOnlyDictionary<string, int> Counts, int Total, IReadOnlyList<Row> Rows);

    public async Task<Result> BuildAsync(Period period, string? status, string? search, CancellationToken ct)
    {
        var communes = await ratings.ListCommunesInForceAsync(period, ct);
        var byCommune = (await reports.ListForPeriodAsync(period, ct))
            .Where(r => r.CommuneCode is not null)
            .GroupBy(r => r.CommuneCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Status == NarrativeReport.Confirmed ? 1 : 0).ThenBy(r => r.Id).Last(), StringComparer.Ordinal);
        var ruleSet = (await rules.FindForPeriodAsync(period, ct))?.Rules ?? await rules.GetLatestAsync(ct);
        var reported = ruleSet.Indicators.Where(i => !i.IsComputed).ToList();

        var all = communes.Select(c => byCommune.TryGetValue(c.Code, out var report) ? RowFor(c, report, reported) : new Row(c, Missing, null, null, null, [])).ToList();
        var counts = Statuses.ToDictionary(s => s, s => all.Count(r => r.Status == s), StringComparer.Ordinal);
        var rows = all
            .Where(r => string.IsNullOrWhiteSpace(status) || r.Status == status)
            .Where(r => SearchText.Matches(search ?? "", r.Commune.Name, r.Commune.FullName, r.Commune.FullNameAlt, r.Commune.NameEn, r.Commune.Code))
            .OrderBy(r => SearchText.Fold(r.Commune.Name), StringComparer.Ordinal)
            .ToList();
        return new Result(period, counts, all.Count, rows);
    }

    private static Row RowFor(Commune commune, NarrativeReport report, IReadOnlyList<Indicator> reported)
    {
        var mentioned = NarrativeReportService.ReadingOf(report).Proposals.Where(p => p.HasValue).Select(p => p.IndicatorCode).ToHashSet(StringComparer.Ordinal);
        return new Row(commune, report.Status == NarrativeReport.Confirmed ? Confirmed : Uploaded, report.Id, report.FileName, report.UploadedAt,
            reported.Where(i => !mentioned.Contains(i.Code)).ToList());
    }
}
