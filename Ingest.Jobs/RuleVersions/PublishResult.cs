using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// The outcome of publishing: published (with the rescoring job and the periods it re-rates), or refused with the
/// validation errors, failing golden cases or the reason (in vi and en) that stopped it.
/// </summary>
public sealed record PublishResult(
    bool Published,
    IReadOnlyList<RuleSetError> Errors,
    IReadOnlyList<GoldenCaseResult> FailingCases,
    string? RefusalVi,
    string? RefusalEn,
    string? RescoreJobId,
    IReadOnlyList<Period> RescoredPeriods)
{
    public static PublishResult Refused(string vi, string en) => new(false, [], [], vi, en, null, []);

    /// <summary>A refusal whose reason comes from IngestText (Publish.*), in both languages.</summary>
    public static PublishResult Refused(LocalizedText reason) => Refused(reason.Vi, reason.En);
}
