using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Reports;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The league table's columns (shown and exported alike) and its xlsx sheet in the reader's language.</summary>
public static class LeagueExport
{
    /// <summary>Sort key, label resource key, and whether the column is a number (right-aligned, sorted high to low first).</summary>
    public static IReadOnlyList<(string Key, string Label, bool Numeric)> Columns { get; } =
    [
        ("rank", "Rank", true), ("name", "Unit", false), ("type", "Type", false), ("rating", "Rating", false), ("score", "Score", true),
        ("green", "League.GreenCount", true), ("yellow", "League.YellowCount", true), ("red", "League.RedCount", true), ("change", "Change", false),
        ("group", "Peers.Group", false), ("peerRank", "Peers.Rank", true), ("percentile", "Peers.Percentile", true),
    ];

    public static Task WriteAsync(IReadOnlyList<LeagueRow> shown, string period, Ui ui, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var header = Columns.Select(c => ui[c.Label]).Concat([ui["Code"], ui["League.Previous"]]).ToList();
        var english = ui.Language == Scoring.Engine.Model.Language.En;
        var rows = shown.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, english ? r.Commune.FullNameEn : r.Commune.FullName, ui.UnitType(r.Commune.Type), ui.Rating(r.Overall), r.Current?.Score,
            r.Current?.Green, r.Current?.Yellow, r.Current?.Red, r.Change,
            r.Peer is null ? null : ui.Text(r.Peer.Group.Name), r.Peer?.Rank, r.Peer?.Percentile,
            r.Commune.Code, r.Previous is null ? null : ui.Rating(r.Previous.Overall),
        ]);
        return XlsxWriter.WriteAsync(output, "Xep hang " + period, header, rows, ct);
    }
}
