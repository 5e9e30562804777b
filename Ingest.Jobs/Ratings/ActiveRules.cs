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
    public async Task<(RuleSetVersion Version, RuleSet Rules)?> FindForPeriodAsync(string period, CancellationToken ct)
    {
        var version = await repository.FindEffectiveAsync(RuleSetId, period, ct).ConfigureAwait(false);
        return version is null ? null : (version, Parse(version));
    }

    public async Task<RuleSet> GetForPeriodAsync(string period, CancellationToken ct) =>
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

    public RuleSet Parse(RuleSetVersion version) => _parsed.GetOrAdd(version.Sha256, _ =>
    {
        var result = RuleSetReader.Read(version.JsonText);
        return result.RuleSet ?? throw new InvalidOperationException(
            $"Stored rule set {version.RuleSetId} v{version.Version} does not validate: {string.Join("; ", result.Errors.Select(e => e.Path + " " + e.Code))}");
    });
}
