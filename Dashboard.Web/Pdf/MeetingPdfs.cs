using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Printing;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pdf;

/// <summary>
/// The PDFs for the meeting: a unit's scorecard, the city summary, and the monthly pack (the summary, then every red
/// and yellow unit the reader may see, worst first, with its changes since the previous period and overdue actions).
/// </summary>
public sealed class MeetingPdfs(
    RatingsQueries ratings,
    OverviewQueries overview,
    ScorecardQueries scorecards,
    ActionQueries actions,
    DocumentStamps stamps)
{
    public async Task<byte[]> ScorecardAsync(ScorecardQueries.Scorecard card, Ui ui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(card);
        using var pdf = new PdfComposer(ui.Format("Pdf.ScorecardHeading", card.Commune.FullName, ui.Period(card.Period)));
        await WriteUnitAsync(pdf, ui, card, onlyNotGreen: false, ct);
        return Save(pdf);
    }

    public async Task<byte[]> SummaryAsync(Period period, Ui ui, CancellationToken ct)
    {
        using var pdf = new PdfComposer(ui.Format("Pdf.SummaryHeading", ui.Period(period)));
        await WriteSummaryAsync(pdf, ui, period, ct);
        return Save(pdf);
    }

    public async Task<byte[]> PackAsync(Period period, Ui ui, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var pdf = new PdfComposer(ui.Format("Pdf.PackTitle", ui.Period(period)));
        var city = await WriteSummaryAsync(pdf, ui, period, ct);
        var units = city.Rows
            .Where(r => r.Overall is RatingColour.Red or RatingColour.Yellow && user.MaySee(r.Commune.Code))
            .OrderBy(r => LeagueRow.ColourRank(r.Overall)).ThenBy(r => r.Current?.Score ?? 0).ThenBy(r => r.Commune.Code, StringComparer.Ordinal);
        foreach (var row in units)
        {
            if (await scorecards.GetAsync(row.Commune.Code, period, ct) is { } card)
            {
                await WriteUnitAsync(pdf, ui, card, onlyNotGreen: true, ct);
            }
        }

        return Save(pdf);
    }

    private async Task<OverviewQueries.Overview> WriteSummaryAsync(PdfComposer pdf, Ui ui, Period period, CancellationToken ct)
    {
        var city = await overview.GetAsync(period, ui, ct);
        var previous = await ratings.PreviousPeriodAsync(period, ct);
        IReadOnlyDictionary<RatingColour, int>? previousCounts = null;
        if (previous is { } before)
        {
            var rated = await ratings.ForPeriodAsync(before, ct);
            previousCounts = Charts.RatingCountsChart.Count(rated.Values.Select(r => r.Overall));
        }

        SummaryPdfSection.Write(pdf, ui, city, previousCounts, previous, await stamps.ForPeriodAsync(period, ct));
        return city;
    }

    private async Task WriteUnitAsync(PdfComposer pdf, Ui ui, ScorecardQueries.Scorecard card, bool onlyNotGreen, CancellationToken ct)
    {
        var previousPeriod = card.Period is { } period ? await ratings.PreviousPeriodAsync(period, ct) : null;
        var previous = previousPeriod is null ? null : await scorecards.GetAsync(card.Commune.Code, previousPeriod, ct);
        var overdue = await actions.ListAsync(ActionStatus.Overdue, card.Commune.Code, null, ct);
        ScorecardPdfSection.Write(pdf, ui, card, previous, overdue, await stamps.ForScorecardAsync(card, ct), onlyNotGreen);
    }

    private static byte[] Save(PdfComposer pdf)
    {
        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }
}
