using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

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
            var rules = $"{snapshot.RuleSetId} v{snapshot.RuleSetVersion}";
            return Result(snapshot, [version is null
                ? new($"Bộ quy tắc {rules} không còn được lưu.", $"Rule set {rules} is no longer stored.")
                : new($"Bộ quy tắc {rules} nay có mã băm {version.Sha256}, không phải mã đã ghim {snapshot.RuleSetSha256}.",
                    $"Rule set {rules} now has hash {version.Sha256}, not the pinned {snapshot.RuleSetSha256}.")]);
        }

        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var scores = await rescorer.ScoreAsync(rules.Parse(version), directory, snapshot.Period, snapshot.DataSnapshotId, ct).ConfigureAwait(false);
        var recomputed = scores.Single(s => s.CommuneCode == snapshot.CommuneCode);
        var json = ScoreJson.Serialize(recomputed);
        return json == snapshot.ResultJson ? Result(snapshot, []) : Result(snapshot, Compare(ScoreJson.Deserialize(snapshot.ResultJson), recomputed));
    }

    private static Reproduction Result(RatingSnapshot snapshot, IReadOnlyList<LocalizedText> differences) => new(
        snapshot.Id, snapshot.CommuneCode, snapshot.Period, snapshot.RuleSetId, snapshot.RuleSetVersion, snapshot.DataSnapshotId,
        snapshot.AppVersion, Rescorer.AppVersion, differences.Count == 0, differences);

    private static List<LocalizedText> Compare(CommuneScore stored, CommuneScore recomputed)
    {
        var differences = new List<LocalizedText>();
        if (stored.Overall != recomputed.Overall)
        {
            differences.Add(Changed(new("tổng thể", "overall"), stored.Overall, recomputed.Overall));
        }

        foreach (var (before, after) in stored.Criteria.Zip(recomputed.Criteria))
        {
            if (before.Rating != after.Rating || before.Outcome != after.Outcome)
            {
                differences.Add(Changed(new(before.Code, before.Code), before.Rating, after.Rating));
            }
            else if (before.Reason != after.Reason)
            {
                differences.Add(new(
                    $"{before.Code}: lời giải thích khác (\"{before.Reason.Vi}\" / \"{after.Reason.Vi}\")",
                    $"{before.Code}: explanation differs (\"{before.Reason.En}\" / \"{after.Reason.En}\")"));
            }
        }

        if (differences.Count == 0)
        {
            differences.Add(new(
                "lời giải thích chỉ khác về cách trình bày (ví dụ do phiên bản ứng dụng mới hơn)",
                "the explanations differ in formatting only (for example a newer application version)"));
        }

        return differences;
    }

    private static LocalizedText Changed(LocalizedText what, Rating? stored, Rating? recomputed)
    {
        var (before, after) = (Colour(stored), Colour(recomputed));
        return new($"{what.Vi}: đã lưu {before.Vi}, tính lại {after.Vi}", $"{what.En}: stored {before.En}, recomputed {after.En}");
    }

    private static LocalizedText Colour(Rating? rating) => rating is { } r ? Words.ColourName(r) : new("không xếp loại", "not rated");
}
