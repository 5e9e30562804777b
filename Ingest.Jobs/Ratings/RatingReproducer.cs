using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Recomputes a stored rating from its pinned rule-set version and data snapshot and compares its facts with what was
/// stored (<see cref="RatingFacts"/>), so that anyone can check a colour months later, after corrections, rule changes
/// and releases that word the explanations differently.
/// </summary>
public sealed class RatingReproducer(RatingSnapshotRepository snapshots, RuleSetRepository ruleSets, CommuneRepository communes, ActiveRules rules, Rescorer rescorer)
{
    /// <summary>Reproduces the latest stored rating of a commune for a period; null when there is none.</summary>
    public async Task<Reproduction?> ReproduceLatestAsync(string communeCode, Period period, CancellationToken ct)
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
                ? IngestText.Both("Reproduce.RulesGone", snapshot.RuleSetId, snapshot.RuleSetVersion)
                : IngestText.Both("Reproduce.RulesChanged", snapshot.RuleSetId, snapshot.RuleSetVersion, version.Sha256, snapshot.RuleSetSha256)]);
        }

        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var stored = ScoreJson.Deserialize(snapshot.ResultJson);
        var ruleSet = rules.Parse(version);
        // A rule set with per-capita indicators is reproduced with the population pinned in the stored rating (null: the
        // unit had none then), not today's: the population is data, like the values of the data snapshot.
        var pinned = ruleSet.Indicators.Any(i => i.PerCapita is not null)
            ? new Dictionary<string, ReferencePopulation?>(StringComparer.Ordinal) { [snapshot.CommuneCode] = stored.Population }
            : null;
        // A rule set with a stability rule is reproduced with the earlier colours pinned in the stored rating, not with
        // what is stored for those periods today: a later correction may have re-published them since.
        var earlier = ruleSet.HasStability
            ? new Dictionary<string, EarlierColours>(StringComparer.Ordinal) { [snapshot.CommuneCode] = stored.Stability?.Earlier ?? EarlierColours.None }
            : null;
        var scores = await rescorer.ScoreAsync(ruleSet, directory, snapshot.Period, snapshot.DataSnapshotId, ct, pinned, earlier).ConfigureAwait(false);
        var recomputed = scores.Single(s => s.CommuneCode == snapshot.CommuneCode);
        var differences = RatingFacts.Differences(stored, ScoreJson.DeserializeVerdict(snapshot.ResultJson), recomputed);
        return Result(snapshot, differences, wordingChanged: differences.Count == 0 && !RatingFacts.SameWording(stored, recomputed));
    }

    private static Reproduction Result(RatingSnapshot snapshot, IReadOnlyList<LocalizedText> differences, bool wordingChanged = false) => new(
        snapshot.Id, snapshot.CommuneCode, snapshot.Period, snapshot.RuleSetId, snapshot.RuleSetVersion, snapshot.DataSnapshotId,
        snapshot.AppVersion, Rescorer.AppVersion, differences.Count == 0, differences,
        wordingChanged ? IngestText.Both("Reproduce.WordingChanged", snapshot.AppVersion) : null);
}
