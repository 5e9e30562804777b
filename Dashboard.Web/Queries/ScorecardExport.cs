using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Printing;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>A commune's scorecard as one xlsx sheet in the reader's language: criteria first, then the path to green.</summary>
public sealed class ScorecardExport(DocumentStamps stamps)
{
    public async Task WriteAsync(ScorecardQueries.Scorecard card, Ui ui, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(ui);
        var header = new[]
        {
            ui["Code"], ui["Commune.Criterion"], ui["Commune.Value"], ui["Commune.Threshold"], ui["Rating"],
            ui["Commune.Gap"], ui["Commune.Reason"], ui["Commune.Source"], ui["Rating.Stale"],
        };
        var rows = new List<IReadOnlyList<object?>>();
        var name = ui.Language == Language.En ? card.Commune.FullNameEn : card.Commune.FullName;
        rows.Add([card.Commune.Code, name, ui.Period(card.Period), null, Rating(ui, card.OverallColour), null, ui.Text(card.Score?.Reason), null, null]);
        foreach (var c in card.Score?.Criteria ?? [])
        {
            var source = ScorecardQueries.SourceOf(card, c);
            var threshold = string.Join("; ", new[] { c.Threshold.GreenText, c.Threshold.YellowText }.Where(t => t is not null).Select(t => ui.Text(t)));
            var colour = RatingColours.Of(c.Outcome, c.Rating);
            rows.Add(
            [
                c.Code, ui.Text(c.Name), c.Value is null ? null : ui.Text(c.Value.Text), threshold,
                Rating(ui, colour),
                c.Gaps.FirstOrDefault() is { } gap ? ui.Text(gap.Action) : null, ui.Text(c.Reason),
                source is null ? null : ui.Source(source.Source) + " " + ui.DateTime(source.UpdatedAt), c.IsStale ? ui["Yes"] : null,
            ]);
        }

        rows.Add([]);
        rows.Add([ui["Commune.PathToGreen"]]);
        foreach (var step in card.Score?.PathToGreen ?? [])
        {
            var from = RatingColours.Of(step.From);
            rows.Add([step.CriterionCode, ui.Text(step.CriterionName), null, null, Rating(ui, from), ui.Text(step.Gap.Action)]);
        }

        var stamp = await stamps.ForScorecardAsync(card, ct).ConfigureAwait(false);
        var sheet = new XlsxSheet("Bang diem " + card.Commune.Code, header, rows)
        {
            Title = [new(ui["Print.ScorecardTitle"], ""), .. stamp.Lines(ui, name)],
            Widths = [10, 40, 16, 30, 16, 40, 50, 24, 10],
        };
        await XlsxWriter.WriteAsync(output, sheet, ct).ConfigureAwait(false);
    }

    private static XlsxRating Rating(Ui ui, RatingColour colour) => new(colour, ui.Rating(colour));
}
