using System.Globalization;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// The monthly report template stewards fill: one row per commune, one column per indicator of the active rule
/// set, Vietnamese headers with the codes in brackets so that the reader recognises them whatever the wording.
/// </summary>
public static class WideTemplate
{
    public static void Write(RuleSet rules, IReadOnlyList<Commune> communes, Period period, Stream output) =>
        WriteAsync(rules, communes, period, output).GetAwaiter().GetResult();

    public static Task WriteAsync(RuleSet rules, IReadOnlyList<Commune> communes, Period period, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(communes);
        var header = new List<string> { $"Mã đơn vị [{ReportLayout.CommuneColumn}]", $"Kỳ báo cáo [{ReportLayout.PeriodColumn}]", "Tên đơn vị" };
        // A computed indicator (share, accumulation, per-capita count) is not reported: what it is computed from has its own columns.
        var reported = rules.Indicators.Where(i => !i.IsComputed).ToList();
        header.AddRange(reported.Select(i => $"{i.Name.Vi} ({Hint(i)}) [{i.Code}]"));
        var rows = communes.Select(c => (IReadOnlyList<object?>)[c.Code, period.ToString(), c.FullName, .. reported.Select(_ => (object?)null)]);
        // A title block the reader skips: which month and which rule set the columns follow.
        var title = new List<XlsxTitleLine>
        {
            Line("Template.Title", ""),
            Line("Template.Period", period.ToString()),
            Line("Template.RuleSet", rules.Version.ToString(CultureInfo.InvariantCulture)),
        };
        var widths = header.Select((_, column) => (double?)(column < 3 ? 24 : 30)).ToList();
        return XlsxWriter.WriteAsync(output, new XlsxSheet("Bao cao " + period, header, rows) { Title = title, Widths = widths }, ct);
    }

    /// <summary>A title line in both languages ("Kỳ báo cáo / Period"), the template being for stewards of either.</summary>
    private static XlsxTitleLine Line(string key, string value)
    {
        var label = IngestText.Both(key);
        return new XlsxTitleLine(label.Vi + " / " + label.En, value);
    }

    /// <summary>How to write a value of this kind, shown in the header: "17/40", "có/không", "hoàn thành 15/07/2025".</summary>
    private static string Hint(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Ratio => $"dạng 17/40 {indicator.Unit?.Vi}".TrimEnd(),
        IndicatorKind.Count => $"số {indicator.Unit?.Vi}".TrimEnd(),
        IndicatorKind.Percentage => "%",
        IndicatorKind.YesNo => "có/không",
        IndicatorKind.Task => "hoàn thành dd/MM/yyyy / đang thực hiện / chưa thực hiện",
        _ => "",
    };
}
