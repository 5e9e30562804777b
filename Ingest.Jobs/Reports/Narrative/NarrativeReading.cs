namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>The reader's answer for one report: the task sections it found and one proposal per indicator.</summary>
public sealed record NarrativeReading(string Text, IReadOnlyList<ReportSection> Sections, IReadOnlyList<ReportProposal> Proposals, int RulesVersion)
{
    public IEnumerable<ReportProposal> Found => Proposals.Where(p => p.HasValue);

    public IEnumerable<ReportProposal> Missing => Proposals.Where(p => !p.HasValue);
}
