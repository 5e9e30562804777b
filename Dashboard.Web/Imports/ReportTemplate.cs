using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Imports;

/// <summary>The monthly report to fill, as xlsx: every unit, the indicators of the rule set in force for the period.</summary>
public sealed class ReportTemplate(ActiveRules rules, RatingsQueries ratings, TimeProvider clock)
{
    /// <summary>Last month: reports are filled after the month ends.</summary>
    public Period DefaultPeriod() => Period.Of(VietnamTime.Today(clock)).AddMonths(-1);

    /// <summary>For <paramref name="period"/>, else the default; the latest rules when none is in force then.</summary>
    public async Task<FileStreamResult> DownloadAsync(Period? period, CancellationToken ct)
    {
        var chosen = period ?? DefaultPeriod();
        var ruleSet = (await rules.FindForPeriodAsync(chosen, ct))?.Rules ?? await rules.GetLatestAsync(ct);
        var communes = await ratings.ListCommunesAsync(ct);
        return await XlsxFile.CreateAsync($"mau-bao-cao-{chosen}.xlsx", stream => WideTemplate.WriteAsync(ruleSet, communes, chosen, stream, ct));
    }
}
