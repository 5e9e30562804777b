using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// The outcome of recomputing a stored rating from what it was pinned to. <see cref="Identical"/> means the
/// recomputed explanation is byte-for-byte the stored one; otherwise <see cref="Differences"/> says where, in Vietnamese and English.
/// </summary>
public sealed record Reproduction(
    long SnapshotId,
    string CommuneCode,
    string Period,
    string RuleSetId,
    int RuleSetVersion,
    long DataSnapshotId,
    string StoredAppVersion,
    string CurrentAppVersion,
    bool Identical,
    IReadOnlyList<LocalizedText> Differences);
