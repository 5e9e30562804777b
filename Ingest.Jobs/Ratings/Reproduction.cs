using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// The outcome of recomputing a stored rating from what it was pinned to. <see cref="Identical"/> means every fact
/// is equal (<see cref="RatingFacts"/>: colours, values, thresholds, overrides, amounts, verdict); otherwise
/// <see cref="Differences"/> names each fact that differs, in Vietnamese and English.
/// </summary>
/// <param name="StoredAppVersion">The application version that wrote the stored rating.</param>
/// <param name="WordingNote">"Same rating; the wording has changed since app version …" in vi and en when
/// <see cref="WordingChanged"/>; null otherwise.</param>
public sealed record Reproduction(
    long SnapshotId,
    string CommuneCode,
    Period Period,
    string RuleSetId,
    int RuleSetVersion,
    long DataSnapshotId,
    string StoredAppVersion,
    string CurrentAppVersion,
    bool Identical,
    IReadOnlyList<LocalizedText> Differences,
    LocalizedText? WordingNote)
{
    /// <summary>
    /// Every fact equal, but the sentences are written differently than when stored (a later release rewords or
    /// reformats them). False whenever a fact differs: then the sentences differ anyway, and the differences say why.
    /// </summary>
    public bool WordingChanged => WordingNote is not null;
}
