using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Printing;

/// <summary>
/// What every printed page, PDF page and export's title block carries, so a sheet on the meeting table says what it
/// shows: the period, the rule set version(s) the colours were given under, the data snapshot they were computed from,
/// whether demo data is in the database, and when it was printed.
/// </summary>
/// <param name="Period">Null on a unit's page when nothing is rated yet: then the stamp leaves it blank.</param>
/// <param name="RuleSetVersions">The versions of the period's ratings, lowest first (one in a normal month).</param>
/// <param name="DataSnapshotId">The data snapshot of the period's last rescore (of the unit's rating on a scorecard).</param>
public sealed record DocumentStamp(Period? Period, IReadOnlyList<int> RuleSetVersions, long? DataSnapshotId, bool IsDemo, DateTimeOffset PrintedAt)
{
    /// <summary>"2" or "1, 2"; "–" when nothing is rated.</summary>
    public string RuleSetText => RuleSetVersions.Count == 0 ? "–" : string.Join(", ", RuleSetVersions.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>"#42", or "–" when the period was never rescored.</summary>
    public string SnapshotText => DataSnapshotId is { } id ? "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "–";

    /// <summary>The labelled lines, in the reader's language: an export's title block, a PDF page's header.</summary>
    /// <param name="subject">The unit's name, or the city's.</param>
    public IReadOnlyList<XlsxTitleLine> Lines(Ui ui, string subject)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var lines = new List<XlsxTitleLine>
        {
            new(ui["Print.Subject"], subject),
            new(ui["Print.Period"], PeriodText(ui)),
            new(ui["Print.RuleSet"], RuleSetText),
            new(ui["Print.Snapshot"], SnapshotText),
            new(ui["Print.PrintedAt"], ui.DateTime(PrintedAt)),
        };
        if (IsDemo)
        {
            lines.Add(new XlsxTitleLine(ui["Demo.Banner"], ui["Demo.BannerText"]));
        }

        return lines;
    }

    /// <summary>One line for a page's foot: "Kỳ: tháng 7/2025 · Bộ tiêu chí v2 · Dữ liệu #42 · In lúc 01/12/2026 09:30 · DỮ LIỆU MINH HỌA".</summary>
    public string Line(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var parts = new List<string>
        {
            ui["Print.Period"] + ": " + PeriodText(ui),
            ui["Print.RuleSet"] + ": " + RuleSetText,
            ui["Print.Snapshot"] + ": " + SnapshotText,
            ui["Print.PrintedAt"] + ": " + ui.DateTime(PrintedAt),
        };
        if (IsDemo)
        {
            parts.Add(ui["Demo.Banner"].ToUpper(System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(" · ", parts);
    }

    private string PeriodText(Ui ui) => Period is { } period ? ui.Period(period) : "";
}
