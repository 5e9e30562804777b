namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>What changed against version <paramref name="From"/> and why: a summary and a note per criterion (in file order).</summary>
public sealed record RuleChangeNotes(int From, LocalizedText? Summary, IReadOnlyList<CriterionChangeNote> Criteria)
{
    /// <summary>The note on a criterion (or a removed criterion's code), or null when there is none.</summary>
    public LocalizedText? For(string code) => Criteria.FirstOrDefault(c => c.Code == code)?.Text;
}

/// <summary>A change note on one criterion: what changed and why.</summary>
public sealed record CriterionChangeNote(string Code, LocalizedText Text);
