using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Printing;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The league table's columns (shown and exported alike) and its styled xlsx sheet: the city's title block, then one row per unit with its rating on its colour.</summary>
public sealed class LeagueExport(DocumentStamps stamps)
{
    /// <summary>Sort key, label resource key, and whether the column is a number (right-aligned, sorted high to low first).</summary>
    public static IReadOnlyList<(string Key, string Label, bool Numeric)> Columns { get; } =
    [
        ("rank", "Rank", true), ("name", "Unit", false), ("type", "Type", false), ("rating", "Rating", false), ("score", "Score", true),
        ("green", "League.GreenCount", true), ("yellow", "League.YellowCount", true), ("red", "League.RedCount", true), ("change", "Change", false),
        ("group", "Peers.Group", false), ("peerRank", "Peers.Rank", true), ("percentile", "Peers.Percentile", true),
    ];

    /// <summary>The rows of <paramref name="view"/> as a download named after its period.</summary>
    public Task<Microsoft.AspNetCore.Mvc.FileStreamResult> FileAsync(LeagueView view, Period period, Ui ui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        return PageParts.XlsxFile.CreateAsync($"bang-xep-hang-{period}.xlsx", stream => WriteAsync(view.Rows, period, ui, stream, ct));
    }

    public async Task WriteAsync(IReadOnlyList<LeagueRow> rows, Period period, Ui ui, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(ui);
        var stamp = await stamps.ForPeriodAsync(period, ct);
        var header = Columns.Select(c => ui[c.Label]).Concat([ui["Code"], ui["League.Previous"]]).ToList();
        var english = ui.Language == Language.En;
        var cells = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, english ? r.Commune.FullNameEn : r.Commune.FullName, ui.UnitType(r.Commune.Type), new XlsxRating(r.Overall, ui.Rating(r.Overall)),
            r.Current?.Score, r.Current?.Green, r.Current?.Yellow, r.Current?.Red, r.Change,
            r.Peer is null ? null : ui.Text(r.Peer.Group.Name), r.Peer?.Rank, r.Peer?.Percentile, r.Commune.Code,
            r.Previous is null ? null : new XlsxRating(r.Previous.Overall, ui.Rating(r.Previous.Overall)),
        ]);
        var sheet = new XlsxSheet("Xep hang " + period, header, cells)
        {
            Title = [new(ui["Print.LeagueTitle"], ""), .. stamp.Lines(ui, ui["Print.CityName"])],
            Widths = [8, 34, 12, 16, 10, 10, 10, 10, 10, 30, 10, 12, 10, 16],
        };
        await XlsxWriter.WriteAsync(output, sheet, ct).ConfigureAwait(false);
    }
}
