using System.Globalization;
using System.Text;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;

namespace DashboardKpi.Scoring.Bench.Ingest;

/// <summary>
/// Long-layout report files (commune_code, period, indicator_code, value) with demo values typed the way a
/// steward would ("17/40", "có", "hoàn thành 01/07/2025"), from July 2025 on: 5,880 rows per period, so 100,000
/// rows reach into late 2026. Written streaming, as csv or as xlsx through <see cref="XlsxWriter"/>.
/// </summary>
public static class ReportFileFactory
{
    public static readonly string[] Header = ["commune_code", "period", "indicator_code", "value"];

    /// <summary>The periods the files span: 18 from July 2025 cover 105,840 rows.</summary>
    public const int Periods = 18;

    public static string Write(string folder, string format, int rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"report-{rows}.{format}"));
        var readings = DemoDataGenerator.Generate(BenchData.Rules, BenchData.CityCommunes, BenchData.FirstPeriod, BenchData.FirstPeriod.AddMonths(Periods - 1)).Take(rows);
        using var stream = File.Create(path);
        if (format == "csv")
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(string.Join(',', Header) + "\n");
            foreach (var r in readings)
            {
                writer.Write($"{r.CommuneCode},{r.Period},{r.IndicatorCode},{Typed(r)}\n");
            }
        }
        else
        {
            XlsxWriter.Write(stream, "Report", Header, readings.Select(r => (IReadOnlyList<object?>)[r.CommuneCode, r.Period, r.IndicatorCode, Cell(r)]));
        }

        return path;
    }

    /// <summary>A plain number goes into a spreadsheet as a number; everything else as the text typed.</summary>
    private static object Cell(IndicatorReading r) => r is { Part: null, Flag: null, TaskStatus: null, Value: { } number } ? number : Typed(r);

    private static string Typed(IndicatorReading r) => r switch
    {
        { Part: { } part, Whole: { } whole } => string.Create(CultureInfo.InvariantCulture, $"{part}/{whole}"),
        { Flag: { } flag } => flag ? "có" : "không",
        { TaskStatus: "done" } => "hoàn thành " + r.CompletedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        { TaskStatus: "inProgress" } => "đang thực hiện",
        { TaskStatus: "notStarted" } => "chưa thực hiện",
        _ => r.Value!.Value.ToString(CultureInfo.InvariantCulture),
    };
}
