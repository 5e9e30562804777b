namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// Optional "changes" block of a rule file: what changed against version <see cref="From"/> and why, for the whole
/// set (summary) and per criterion. A note may name a criterion this file no longer has (it says why it was removed).
/// </summary>
public sealed class ChangeNotesDocument
{
    /// <summary>The version these notes compare with, e.g. 1.</summary>
    public int? From { get; set; }
    public LocalizedTextDocument? Summary { get; set; }
    public List<CriterionChangeNoteDocument>? Criteria { get; set; }
}

public sealed class CriterionChangeNoteDocument
{
    public string? Code { get; set; }
    public string? Vi { get; set; }
    public string? En { get; set; }
}
