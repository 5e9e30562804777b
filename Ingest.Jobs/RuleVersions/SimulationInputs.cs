using System.Collections.Concurrent;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// The stored values the what-if rates, kept between requests: the form editor's live what-if asks again at every
/// change of a value, and reading every value of two years takes longer than rating them.
/// </summary>
/// <remarks>
/// Kept for the data-version stamp they were read at, so any write the pages would show (an import, a correction, a
/// removed source, new reference data) is seen by the next request. When only new revisions arrived (an import or a
/// correction: the usual case) just the communes they touch are read again; anything else (revisions removed, units or
/// populations changed) reads everything again.
/// </remarks>
internal sealed class SimulationInputs(IndicatorRepository indicators, CommuneRepository communes, DbConnectionFactory connections)
{
    private readonly Lock _gate = new();
    private Loaded? _loaded;

    /// <summary>
    /// The engine's inputs for a period range as of data snapshot <paramref name="Snapshot"/> (which held
    /// <paramref name="Revisions"/> revisions), read while the stamp was <paramref name="Stamp"/>.
    /// </summary>
    /// <remarks><paramref name="Inputs"/> holds every unit ever recorded; <paramref name="Units"/> says which were in force when.</remarks>
    public sealed record Loaded(long Stamp, long Snapshot, long Revisions, Period From, Period To, IReadOnlyList<CommuneInput> Inputs, CommuneDirectory Units)
    {
        private readonly ConcurrentDictionary<RuleSet, InForce> _inForce = new(ReferenceEqualityComparer.Instance);

        /// <summary>A published rule set's side, made once per version (<see cref="ActiveRules"/> keeps one instance per hash).</summary>
        public InForce For(RuleSet rules) => _inForce.GetOrAdd(rules, r => new InForce(r, Inputs));

        /// <summary>
        /// The positions in <see cref="Inputs"/> of the units in force in <paramref name="period"/>, as the rescore rates
        /// them (<see cref="CommuneDirectory.CodesInForce"/>); null when every unit is (no re-organisation touches it).
        /// </summary>
        public int[]? InForceAt(Period period)
        {
            var positions = Enumerable.Range(0, Inputs.Count).Where(i => Units.IsInForce(Inputs[i].CommuneCode, period)).ToArray();
            return positions.Length == Inputs.Count ? null : positions;
        }
    }

    /// <summary>The inputs covering <paramref name="from"/> to <paramref name="to"/> as the database holds them now.</summary>
    public async Task<Loaded> GetAsync(Period from, Period to, CancellationToken ct)
    {
        // The stamp is read before the values, so a write in between only makes the next request read again.
        var stamp = await connections.DataVersion.ReadAsync(ct).ConfigureAwait(false);
        Loaded? kept;
        lock (_gate)
        {
            kept = _loaded is { } k && k.From <= from && k.To >= to ? k : null;
        }

        if (kept?.Stamp == stamp)
        {
            return kept;
        }

        var snapshot = await indicators.GetDataSnapshotIdAsync(ct).ConfigureAwait(false);
        var directory = await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false);
        var loaded = kept is not null && snapshot >= kept.Snapshot && SameUnits(kept.Inputs, directory)
                     && await indicators.CountRevisionsUpToAsync(kept.Snapshot, ct).ConfigureAwait(false) == kept.Revisions
            ? await TopUpAsync(kept, stamp, snapshot, directory, ct).ConfigureAwait(false)
            : await ReadAllAsync(stamp, snapshot, from, to, directory, ct).ConfigureAwait(false);
        lock (_gate)
        {
            _loaded = loaded;
        }

        return loaded;
    }

    private async Task<Loaded> ReadAllAsync(long stamp, long snapshot, Period from, Period to, CommuneDirectory directory, CancellationToken ct)
    {
        var values = await indicators.ListValuesAsOfAsync(from, to, snapshot, ct).ConfigureAwait(false);
        var revisions = await indicators.CountRevisionsUpToAsync(snapshot, ct).ConfigureAwait(false);
        return new Loaded(stamp, snapshot, revisions, from, to, CommuneInputs.Build(directory, values), directory);
    }

    /// <summary>Reads again only the communes with a revision after the kept snapshot, as of the new one.</summary>
    private async Task<Loaded> TopUpAsync(Loaded kept, long stamp, long snapshot, CommuneDirectory directory, CancellationToken ct)
    {
        var (from, to) = (kept.From, kept.To);
        var changed = (await indicators.ListCommunesChangedAsync(kept.Snapshot, snapshot, from, to, ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var values = await indicators.ListValuesAsOfAsync(from, to, snapshot, changed, ct).ConfigureAwait(false);
        var fresh = CommuneInputs.Build(directory, values).Where(c => changed.Contains(c.CommuneCode)).ToDictionary(c => c.CommuneCode, StringComparer.Ordinal);
        var revisions = await indicators.CountRevisionsUpToAsync(snapshot, ct).ConfigureAwait(false);
        // A new record, not `kept with { … }`: that would copy the rated sides made from the old values.
        return new Loaded(stamp, snapshot, revisions, kept.From, kept.To, [.. kept.Inputs.Select(c => fresh.GetValueOrDefault(c.CommuneCode) ?? c)], directory);
    }

    /// <summary>True when the kept inputs were built for the units, types and populations the database holds now.</summary>
    private static bool SameUnits(IReadOnlyList<CommuneInput> inputs, CommuneDirectory directory) =>
        inputs.Count == directory.CurrentCodes.Count
        && inputs.All(c => directory.CurrentCodes.Contains(c.CommuneCode) && directory.UnitTypeOf(c.CommuneCode) == c.UnitType && directory.PopulationOf(c.CommuneCode) == c.Population);
}

/// <summary>The rules in force's side of the comparison: the values laid out for them and their ratings per period.</summary>
internal sealed class InForce(RuleSet rules, IReadOnlyList<CommuneInput> inputs)
{
    private readonly ConcurrentDictionary<Period, CommuneRating[]> _rated = new();

    public IReadOnlyList<CommuneValues> Values { get; } = [.. inputs.Select(c => CommuneValues.Of(rules, c))];

    public CommuneRating[] Rated(Period period) => _rated.GetOrAdd(period, p => WhatIf.RateAll(rules, Values, p, WhatIf.SeriesFrom(p)));
}
