using DashboardKpi.Dashboard.Web.Actions;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Printing;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pdf;

/// <summary>
/// One unit's pages: its overall colour and reason, the criteria (all of them, or in the monthly pack only those not
/// green), the path to green, the colours that changed since the previous period and the unit's overdue actions.
/// </summary>
public static class ScorecardPdfSection
{
    /// <param name="previous">The unit's scorecard of the previous rated period, if any.</param>
    public static void Write(
        PdfComposer pdf,
        Ui ui,
        ScorecardQueries.Scorecard card,
        ScorecardQueries.Scorecard? previous,
        IReadOnlyList<ActionQueries.Row> overdue,
        DocumentStamp stamp,
        bool onlyNotGreen)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(ui);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(stamp);
        var name = ui.Language == Language.En ? card.Commune.FullNameEn : card.Commune.FullName;
        // The unit's name and code lead the foot: a page of the pack that continues a scorecard still says whose it is.
        pdf.NewPage(ui.Format("Pdf.ScorecardHeading", name, ui.Period(card.Period)), name + " (" + card.Commune.Code + ") · " + stamp.Line(ui), stamp.IsDemo ? ui["Demo.Banner"] + ": " + ui["Demo.BannerText"] : null);
        pdf.Paragraph(ui.Format("Pdf.UnitLine", card.Commune.Code, ui.UnitType(card.Commune.Type), stamp.RuleSetText, stamp.SnapshotText), muted: true);
        if (card.Period is { } period && !card.Commune.IsInForce(period))
        {
            // A unit ended or not yet started by a re-organisation: said so, as on its page, not an empty "no data" card.
            pdf.Paragraph(ui.Format("Unit.NotInForce", ui.Period(card.Period)));
            return;
        }

        var overall = card.Snapshot?.Overall ?? RatingColour.NoData;
        pdf.Table([ui["Rating"], ui["Score"], ui["Pdf.Reason"]], [0.2, 0.12, 0.68],
            [[new PdfRating(overall, ui.Rating(overall)), ui.Number(card.Snapshot?.Score), ui.Text(card.Score?.Reason)]]);

        var criteria = (card.Score?.Criteria ?? []).Select(c => (Result: c, Colour: RatingColours.Of(c.Outcome, c.Rating)))
            .Where(c => !onlyNotGreen || c.Colour != RatingColour.Green)
            .ToList();
        pdf.Heading(onlyNotGreen ? ui["Pdf.CriteriaNotGreen"] : ui["Pdf.Criteria"]);
        pdf.Table(
            [ui["Code"], ui["Commune.Criterion"], ui["Commune.Value"], ui["Commune.Threshold"], ui["Rating"], ui["Commune.Gap"]],
            [0.07, 0.3, 0.12, 0.17, 0.13, 0.21],
            criteria.Select(c => (IReadOnlyList<object?>)
            [
                c.Result.Code, ui.Text(c.Result.Name), c.Result.Value is null ? "–" : ui.Text(c.Result.Value.Text),
                string.Join("; ", new[] { c.Result.Threshold.GreenText, c.Result.Threshold.YellowText }.Where(t => t is not null).Select(t => ui.Text(t))),
                new PdfRating(c.Colour, ui.Rating(c.Colour)),
                c.Result.Gaps.FirstOrDefault() is { } gap ? ui.Text(gap.Action) : "",
            ]));

        var path = card.Score?.PathToGreen ?? [];
        if (path.Count > 0)
        {
            pdf.Heading(ui["Commune.PathToGreen"]);
            pdf.Table([ui["Code"], ui["Commune.Criterion"], ui["Rating"], ui["Commune.Gap"]], [0.08, 0.37, 0.15, 0.4],
                path.Select(step => (IReadOnlyList<object?>)
                [
                    step.CriterionCode, ui.Text(step.CriterionName), new PdfRating(RatingColours.Of(step.From), ui.Rating(step.From)), ui.Text(step.Gap.Action),
                ]));
        }

        WriteChanges(pdf, ui, card, previous);
        pdf.Heading(ui["Pdf.OverdueActions"]);
        if (overdue.Count == 0)
        {
            pdf.Paragraph(ui["Pdf.NoOverdueActions"], muted: true);
        }
        else
        {
            pdf.Table([ui["Commune.Criterion"], ui["Actions.Text"], ui["Actions.Owner"], ui["Actions.DueOn"]], [0.12, 0.5, 0.22, 0.16],
                overdue.Select(r => (IReadOnlyList<object?>)[r.Action.CriterionCode, r.Action.Text, r.Action.Owner, ui.Date(r.Action.DueOn)]));
        }
    }

    /// <summary>The overall colour and each criterion whose colour differs from the previous period's.</summary>
    private static void WriteChanges(PdfComposer pdf, Ui ui, ScorecardQueries.Scorecard card, ScorecardQueries.Scorecard? previous)
    {
        pdf.Heading(previous?.Period is { } earlier ? ui.Format("Pdf.ChangesSince", ui.Period(earlier)) : ui["Pdf.Changes"]);
        if (previous?.Snapshot is null || card.Snapshot is null)
        {
            pdf.Paragraph(ui["Pdf.NoPreviousPeriod"], muted: true);
            return;
        }

        var was = previous.Snapshot.Criteria.ToDictionary(c => c.CriterionCode, c => c.Rating, StringComparer.Ordinal);
        var rows = new List<IReadOnlyList<object?>>();
        if (previous.Snapshot.Overall != card.Snapshot.Overall)
        {
            rows.Add([ui["Pdf.Overall"], new PdfRating(previous.Snapshot.Overall, ui.Rating(previous.Snapshot.Overall)), new PdfRating(card.Snapshot.Overall, ui.Rating(card.Snapshot.Overall))]);
        }

        var names = (card.Score?.Criteria ?? []).ToDictionary(c => c.Code, c => ui.Text(c.Name), StringComparer.Ordinal);
        foreach (var criterion in card.Snapshot.Criteria)
        {
            var before = was.TryGetValue(criterion.CriterionCode, out var previousColour) ? previousColour : RatingColour.NoData;
            if (before != criterion.Rating)
            {
                rows.Add([criterion.CriterionCode + " " + names.GetValueOrDefault(criterion.CriterionCode), new PdfRating(before, ui.Rating(before)), new PdfRating(criterion.Rating, ui.Rating(criterion.Rating))]);
            }
        }

        if (rows.Count == 0)
        {
            pdf.Paragraph(ui["Pdf.NoChanges"], muted: true);
            return;
        }

        pdf.Table([ui["Commune.Criterion"], ui.Period(previous.Period), ui.Period(card.Period)], [0.56, 0.22, 0.22], rows);
    }
}
