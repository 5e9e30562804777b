using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// Recognises the two report layouts from the header row. Long: exactly commune_code,period,indicator_code,value.
/// Wide (the template stewards fill): one row per commune, a column per indicator, the code in brackets at the
/// end of each header ("Máy tính được cập nhật phần mềm diệt virus [AV_UPDATED_MACHINES]").
/// </summary>
public sealed partial class ReportLayout
{
    public static readonly string[] LongHeader = ["commune_code", "period", "indicator_code", "value"];
    public const string CommuneColumn = "commune_code";
    public const string PeriodColumn = "period";

    private ReportLayout(bool isLong, int communeColumn, int periodColumn, IReadOnlyList<(int Column, string Code)> indicatorColumns)
    {
        IsLong = isLong;
        CommuneColumnIndex = communeColumn;
        PeriodColumnIndex = periodColumn;
        IndicatorColumns = indicatorColumns;
    }

    public bool IsLong { get; }

    public int CommuneColumnIndex { get; }

    public int PeriodColumnIndex { get; }

    public IReadOnlyList<(int Column, string Code)> IndicatorColumns { get; }

    public static ReportLayout FromHeader(IReadOnlyList<string> header)
    {
        var cells = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Select(c => c.ToLowerInvariant()).SequenceEqual(LongHeader))
        {
            return new ReportLayout(true, 0, 1, []);
        }

        var codes = cells.Select((cell, column) => (Column: column, Code: BracketCode().Match(cell) is { Success: true } m ? m.Groups[1].Value.Trim() : null))
            .Where(x => x.Code is not null)
            .Select(x => (x.Column, Code: x.Code!))
            .ToList();
        var duplicate = codes.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReportFileRejectedException("file.duplicateHeader",
                $"Tiêu đề cột [{duplicate.Key}] xuất hiện nhiều lần.", $"The column header [{duplicate.Key}] appears more than once.");
        }

        var commune = codes.FirstOrDefault(c => c.Code.Equals(CommuneColumn, StringComparison.OrdinalIgnoreCase));
        var period = codes.FirstOrDefault(c => c.Code.Equals(PeriodColumn, StringComparison.OrdinalIgnoreCase));
        var indicators = codes.Where(c => c.Column != commune.Column && c.Column != period.Column).ToList();
        if (commune.Code is null || period.Code is null || indicators.Count == 0)
        {
            throw new ReportFileRejectedException("file.unknownLayout",
                "Không nhận ra mẫu báo cáo: dòng tiêu đề phải là commune_code,period,indicator_code,value hoặc theo mẫu biểu tải về (có [commune_code], [period] và mã chỉ tiêu trong ngoặc vuông).",
                "Unrecognised report layout: the header must be commune_code,period,indicator_code,value or follow the downloadable template ([commune_code], [period] and indicator codes in square brackets).");
        }

        return new ReportLayout(false, commune.Column, period.Column, indicators);
    }

    /// <summary>How many title lines above the header a reader skips at most (the styled template has three).</summary>
    public const int MaxTitleRows = 10;

    /// <summary>
    /// A line of a title block above the header (the styled template's "Kỳ báo cáo | 2025-07"), or an empty line: at most
    /// two filled cells, no code in brackets and not the long layout's header. A header always has three or more cells.
    /// </summary>
    public static bool IsTitleRow(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var filled = cells.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        return filled.Count <= 2 && !filled.Any(c => BracketCode().IsMatch(c.Trim()));
    }

    /// <summary>Splits one data row into values: one for a long row, one per filled indicator cell for a wide row.</summary>
    public IEnumerable<RawRow> Rows(int rowNumber, IReadOnlyList<string> cells)
    {
        string Cell(int column) => column < cells.Count ? cells[column].Trim() : "";
        if (cells.All(c => string.IsNullOrWhiteSpace(c)))
        {
            yield break;
        }

        if (IsLong)
        {
            var raw = Truncate(string.Join(",", cells));
            yield return cells.Count < 4
                ? new RawRow(rowNumber, Cell(0), Cell(1), Cell(2), Cell(3), raw, "row.tooFewCells")
                : new RawRow(rowNumber, Cell(0), Cell(1), Cell(2), Cell(3), raw);
            yield break;
        }

        var (commune, period) = (Cell(CommuneColumnIndex), Cell(PeriodColumnIndex));
        foreach (var (column, code) in IndicatorColumns)
        {
            var value = Cell(column);
            if (value.Length > 0)
            {
                yield return new RawRow(rowNumber, commune, period, code, value, Truncate($"commune_code={commune}; period={period}; {code}={value}"));
            }
        }
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000] + "…";

    [GeneratedRegex(@"\[([^\[\]]+)\]\s*$")]
    private static partial Regex BracketCode();
}
