using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Reports;

/// <summary>
/// One styled sheet for <see cref="XlsxWriter"/>: a title block of label/value lines (unit or city, period, rule set
/// version, data snapshot, demo label), then a bold, frozen header row with an autofilter, then the rows. A cell that is
/// an <see cref="XlsxRating"/> is written as the rating's word on its colour's fill.
/// </summary>
/// <param name="Name">The sheet's name (cleaned to Excel's rules).</param>
/// <param name="Header">The column headers.</param>
/// <param name="Rows">The data rows: numbers stay numbers, everything else is text, never a formula.</param>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>Lines above the header, each a bold label and its value; an empty row separates them from the header.</summary>
    public IReadOnlyList<XlsxTitleLine> Title { get; init; } = [];

    /// <summary>Column widths in characters; null or a missing entry is worked out from the header's text.</summary>
    public IReadOnlyList<double?>? Widths { get; init; }
}

/// <summary>A line of the title block: "Kỳ báo cáo" and "tháng 7/2025".</summary>
public sealed record XlsxTitleLine(string Label, string Value);

/// <summary>A rating cell: its word ("Xanh") on its colour's fill, so the sheet reads the same printed in black and white.</summary>
/// <param name="Colour">green, yellow, red, or anything else for no colour (no fill).</param>
public sealed record XlsxRating(RatingColour Colour, string Word);
