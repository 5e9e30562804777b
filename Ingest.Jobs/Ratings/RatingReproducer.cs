using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Recomputes a stored rating from its pinned rule-set version and data snapshot and compares it with what was
/// stored, so that anyone can check a colour months later, after corrections and rule changes.
/// </summary>
public sealed class RatingReproducer(RatingSnapshotRepository snapshots, RuleSetRepository ruleSets, CommuneRepository communes, ActiveRules rules, Rescorer rescorer)
{
    /// <summary>Reproduces the latest stored rating of a commune for a period; null when there is none.</summary>
    public async Task<Reproduction?> ReproduceLatestAsync(string communeCode, string period, CancellationToken ct)
    {
        var snapshot = await snapshots.FindLatestAsync(communeCode, period, ct).ConfigureAwait(false);
        return snapshot is null ? null : await ReproduceAsync(snapshot, ct).ConfigureAwait(false);
    }

    public async Task<Reproduction> ReproduceAsync(RatingSnapshot snapshot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var version = await ruleSets.FindAsync(snapshot.RuleSetId, snapshot.RuleSetVersion, ct).ConfigureAwait(false);
        if (version is null || version.Sha256 != snapshot.RuleSetSha256)
        {
            return Result(snapshot, [version is null
                ? $"Rule set {snapshot.RuleSetId} v{snapshot.RuleSetVersion} is no longer stored."
                : $"Rule set {snapshot.RuleSetId} v{snapshot.RuleSetVersion} now has hash {version.Sha256}, not the pinned {snapshot.RuleSetSha256}."]);
        }

        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var scores = await rescorer.ScoreAsync(rules.Parse(version), directory, snapshot.Period, snapshot.DataSnapshotId, ct).ConfigureAwait(false);
        var recomputed = scores.Single(s => s.CommuneCode == snapshot.CommuneCode);
        var json = ScoreJson.Serialize(recomputed);
        return json == snapshot.ResultJson ? Result(snapshot, []) : Result(snapshot, Compare(ScoreJson.Deserialize(snapshot.ResultJson), recomputed));
    }

    private static Reproduction Result(RatingSnapshot snapshot, IReadOnlyList<string> differences) => new(
        snapshot.Id, snapshot.CommuneCode, snapshot.Period, snapshot.RuleSetId, snapshot.RuleSetVersion, snapshot.DataSnapshotId,
        snapshot.AppVersion, Rescorer.AppVersion, differences.Count == 0, differences);

    private static List<string> Compare(CommuneScore stored, CommuneScore recomputed)
    {
        var differences = new List<string>();
        if (stored.Overall != recomputed.Overall)
        {
            differences.Add($"overall: stored {RatingText.Of(stored.Overall)}, recomputed {RatingText.Of(recomputed.Overall)}");
        }

        foreach (var (before, after) in stored.Criteria.Zip(recomputed.Criteria))
        {
            if (before.Rating != after.Rating || before.Outcome != after.Outcome)
            {
                differences.Add($"{before.Code}: stored {RatingText.Of(before.Rating)}, recomputed {RatingText.Of(after.Rating)}");
            }
            else if (before.Reason != after.Reason)
            {
                differences.Add($"{before.Code}: explanation differs (\"{before.Reason.En}\" / \"{after.Reason.En}\")");
            }
        }

        if (differences.Count == 0)
        {
            differences.Add("the explanations differ in formatting only (for example a newer application version)");
        }

        return differences;
    }
}
