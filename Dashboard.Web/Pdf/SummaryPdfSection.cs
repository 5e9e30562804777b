using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Printing;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pdf;

/// <summary>
/// The city summary: units per colour with their share and the change since the previous period, the ten worst, the
/// most improved, and the whole league table.
/// </summary>
public static class SummaryPdfSection
{
    public static void Write(PdfComposer pdf, Ui ui, OverviewQueries.Overview overview, IReadOnlyDictionary<RatingColour, int>? previousCounts, Period? previousPeriod, DocumentStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(stamp);
        pdf.NewPage(ui.Format("Pdf.SummaryHeading", ui.Period(overview.Period)), stamp.Line(ui), stamp.IsDemo ? ui["Demo.Banner"] + ": " + ui["Demo.BannerText"] : null);
        pdf.Paragraph(ui.Format("Pdf.SummaryLine", overview.Rows.Count, stamp.RuleSetText, stamp.SnapshotText), muted: true);

        var total = Math.Max(1, overview.Rows.Count);
        pdf.Heading(ui["Pdf.Counts"]);
        pdf.Table(
            [ui["Rating"], ui["Pdf.Units"], ui["Pdf.Share"], previousPeriod is null ? ui["Pdf.Previous"] : ui.Period(previousPeriod.Value)],
            [0.3, 0.2, 0.2, 0.3],
            RatingPalette.Colours.Select(colour => (IReadOnlyList<object?>)
            [
                new PdfRating(colour, ui.Rating(colour)),
                ui.Number(overview.Counts.GetValueOrDefault(colour)),
                ui.Percent(100m * overview.Counts.GetValueOrDefault(colour) / total),
                previousCounts is null ? "–" : ui.Number(previousCounts.GetValueOrDefault(colour)),
            ]));

        var better = overview.Rows.Count(r => r.Change > 0);
        var worse = overview.Rows.Count(r => r.Change < 0);
        pdf.Paragraph(ui.Format("Pdf.Movement", better, worse));

        pdf.Heading(ui["Overview.Worst"]);
        Units(pdf, ui, overview.Worst);
        if (overview.Improved.Count > 0)
        {
            pdf.Heading(ui["Overview.Improved"]);
            Units(pdf, ui, overview.Improved);
        }

        pdf.Heading(ui["Pdf.League"]);
        Units(pdf, ui, overview.Rows);
    }

    private static void Units(PdfComposer pdf, Ui ui, IReadOnlyList<LeagueRow> rows)
    {
        var english = ui.Language == Language.En;
        pdf.Table(
            [ui["Rank"], ui["Unit"], ui["Code"], ui["Rating"], ui["Score"], ui["League.Previous"]],
            [0.07, 0.37, 0.1, 0.17, 0.1, 0.19],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                english ? r.Commune.FullNameEn : r.Commune.FullName,
                r.Commune.Code,
                new PdfRating(r.Overall, ui.Rating(r.Overall)),
                ui.Number(r.Current?.Score),
                r.Previous is null ? (object)"–" : new PdfRating(r.Previous.Overall, ui.Rating(r.Previous.Overall)),
            ]));
    }
}
