using System.Text;
using DashboardKpi.Ingest.Jobs.Reports;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Report files written the way stewards send them: long csv, wide csv and wide xlsx.</summary>
public static class ReportFiles
{
    public const string LongHeader = "commune_code,period,indicator_code,value";

    public static string WriteCsv(string folder, string name, IEnumerable<string> lines, bool bom = false)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(bom));
        return path;
    }

    public static string WriteXlsx(string folder, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        XlsxWriter.Write(stream, "Report", header, rows);
        return path;
    }
}
