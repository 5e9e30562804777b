using System.Collections.Concurrent;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// The published rule set in force for a period, read from the database (never from a file at run time) and
/// parsed once per stored hash.
/// </summary>
public sealed class ActiveRules(RuleSetRepository repository)
{
    /// <summary>The rule-set id the city rates communes with; the shipped file's id.</summary>
    public const string RuleSetId = "hcmc-plan02-commune";

    private readonly ConcurrentDictionary<string, RuleSet> _parsed = new(StringComparer.Ordinal);

    /// <summary>The published rule set effective for a period, or null when none is (before the first effective period).</summary>
    public async Task<(RuleSetVersion Version, RuleSet Rules)?> FindForPeriodAsync(Period period, CancellationToken ct)
    {
        var version = await repository.FindEffectiveAsync(RuleSetId, period, ct).ConfigureAwait(false);
        return version is null ? null : (version, Parse(version));
    }

    public async Task<RuleSet> GetForPeriodAsync(Period period, CancellationToken ct) =>
        (await FindForPeriodAsync(period, ct).ConfigureAwait(false))?.Rules
        ?? throw new InvalidOperationException($"No published rule set is in force for {period}.");

    /// <summary>The newest published rule set (for validating incoming indicator codes whatever their period).</summary>
    public async Task<RuleSet> GetLatestAsync(CancellationToken ct)
    {
        var versions = await repository.ListAsync(RuleSetId, ct).ConfigureAwait(false);
        var latest = versions.Where(v => v.Status == RuleSetStatus.Published).MaxBy(v => (v.EffectiveFrom, v.Version))
            ?? throw new InvalidOperationException("No rule set has been published.");
        return Parse(latest);
    }

    /// <summary>
    /// The rule set a stored rating was made with, by the version and hash it names: parsed once per hash, so the
    /// database is asked only the first time; null if that version is gone or no longer has that hash.
    /// </summary>
    public async Task<RuleSet?> FindRatedWithAsync(string ruleSetId, int version, string sha256, CancellationToken ct)
    {
        if (_parsed.TryGetValue(sha256, out var parsed))
        {
            return parsed;
        }

        var stored = await repository.FindAsync(ruleSetId, version, ct).ConfigureAwait(false);
        return stored is not null && stored.Sha256 == sha256 ? Parse(stored) : null;
    }

    public RuleSet Parse(RuleSetVersion version) => _parsed.GetOrAdd(version.Sha256, _ =>
    {
        var result = RuleSetReader.Read(version.JsonText);
        return result.RuleSet ?? throw new InvalidOperationException(
            $"Stored rule set {version.RuleSetId} v{version.Version} does not validate: {string.Join("; ", result.Errors.Select(e => e.Path + " " + e.Code))}");
    });
}
