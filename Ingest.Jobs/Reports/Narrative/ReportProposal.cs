namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// What the reader proposes for one indicator: <see cref="Value"/> as the import pipeline reads it ("1258/1305",
/// "1482", "96,4", "có", "hoàn thành 28/06/2025"), the sentence it came from with the matched span
/// [<see cref="MatchStart"/>, +<see cref="MatchLength"/>), its place (task, sentence) and a confidence (0..1).
/// No value, with <see cref="NoteVi"/>/<see cref="NoteEn"/> saying why, when the indicator was not found, was
/// seen but not understood, or was given twice differently (flagged, not picked).
/// </summary>
public sealed record ReportProposal
{
    public required string IndicatorCode { get; init; }
    public required string Task { get; init; }
    public required ValueShape Shape { get; init; }
    public string? Value { get; init; }
    public string Evidence { get; init; } = "";
    public int MatchStart { get; init; }
    public int MatchLength { get; init; }
    public double Confidence { get; init; }
    public string Place { get; init; } = "";
    public string? NoteVi { get; init; }
    public string? NoteEn { get; init; }

    public bool HasValue => Value is not null;
}
